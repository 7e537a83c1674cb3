/*---
title: Devices per software platform or carrier
description: >
  Device models grouped by software platform (default) or by carrier (`by`): how many
  devices and their names. Most devices first (default), fewest first, or by name.
examples:
  - how many devices per software platform
  - number of devices for each carrier
  - which platform has the most devices
keywords: [per platform, each platform, by platform, software platform, platforms, os,
           per carrier, each carrier, by carrier, carrier, carriers, how many devices,
           number of devices, count, devices]
params:
  by:
    type: choice
    choices: [platform, carrier]
    default: platform
    synonyms: {software platform: platform, platforms: platform, os: platform,
               operating system: platform, carriers: carrier, operator: carrier,
               network: carrier}
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {most devices: most, fewest devices: fewest, least: fewest,
               alphabetical: name, by name: name}
owner: "@retail-analytics"
---*/
SELECT
{% if by == 'carrier' %}d.Carrier{% else %}d.Software_Platform{% endif %} AS grouping,
    COUNT(*) AS devices,
    STRING_AGG(d.Device, ', ' ORDER BY d.Device) AS device_names
FROM device AS d
GROUP BY grouping
ORDER BY
{% if sort == 'fewest' %}devices, grouping
{% elif sort == 'name' %}grouping
{% else %}devices DESC, grouping
{% endif %}
