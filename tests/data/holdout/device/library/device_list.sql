/*---
title: Devices
description: >
  One row per device model in the catalogue: name, carrier, package version, applications
  version and software platform. Optionally one device, one carrier or one software
  platform. Sorted by device id (default), by name or by carrier.
examples:
  - list all devices with their carrier and platform
  - which devices run on Android
  - what carrier is the Apple device on
  - device catalogue sorted by name
keywords: [device, devices, phone, phones, handset, handsets, model, models, carrier,
           carriers, operator, network, software platform, platform, os, operating system,
           package version, applications version, catalogue, catalog]
params:
  device: {type: string, optional: true, label: device name}
  carrier: {type: string, optional: true}
  platform: {type: string, optional: true, label: software platform}
  sort:
    type: choice
    choices: [id, name, carrier]
    default: id
    synonyms: {alphabetical: name, by name: name, alphabetically: name, device name: name,
               by carrier: carrier, operator: carrier}
owner: "@retail-analytics"
---*/
SELECT d.Device_ID AS device_id, d.Device AS device, d.Carrier AS carrier,
       d.Package_Version AS package_version, d.Applications AS applications_version,
       d.Software_Platform AS software_platform
FROM device AS d
WHERE 1 = 1
{% if device %}AND d.Device = :device
{% endif %}{% if carrier %}AND d.Carrier = :carrier
{% endif %}{% if platform %}AND d.Software_Platform = :platform
{% endif %}ORDER BY
{% if sort == 'name' %}d.Device
{% elif sort == 'carrier' %}d.Carrier
{% else %}d.Device_ID
{% endif %}
