/*---
title: Stock per device
description: >
  One row per device model (devices stocked nowhere shown with 0): in how many shops it is
  stocked, total units across shops, and the shops. Optionally one software platform or
  carrier, or devices in at least a number of shops. Most units first (default), most
  shops first, or by device name.
examples:
  - total stock per device
  - in how many shops is each device stocked
  - which device has the most units in stock
  - devices stocked in more than one shop
keywords: [per device, each device, by device, devices, phones, models, stock, stocked,
           inventory, units, total quantity, quantity, how many shops, number of shops,
           shops, stores, availability, available]
params:
  platform: {type: string, optional: true, label: software platform}
  carrier: {type: string, optional: true}
  min_shops: {type: int, optional: true, min: 0, label: in at least this many shops}
  sort:
    type: choice
    choices: [units, shops, name]
    default: units
    synonyms: {quantity: units, most units: units, total quantity: units,
               most shops: shops, number of shops: shops, widest: shops,
               alphabetical: name, by name: name}
owner: "@retail-analytics"
---*/
SELECT d.Device AS device, d.Carrier AS carrier, d.Software_Platform AS software_platform,
       COUNT(st.Shop_ID) AS shops_stocking,
       COALESCE(SUM(st.Quantity), 0) AS total_units,
       STRING_AGG(s.Shop_Name, ', ' ORDER BY s.Shop_Name) AS shops
FROM device AS d
LEFT JOIN stock AS st ON st.Device_ID = d.Device_ID
LEFT JOIN shop AS s ON s.Shop_ID = st.Shop_ID
WHERE 1 = 1
{% if platform %}AND d.Software_Platform = :platform
{% endif %}{% if carrier %}AND d.Carrier = :carrier
{% endif %}GROUP BY d.Device_ID, d.Device, d.Carrier, d.Software_Platform
{% if min_shops is not none and min_shops is not false %}HAVING COUNT(st.Shop_ID) >= :min_shops
{% endif %}ORDER BY
{% if sort == 'shops' %}shops_stocking DESC, total_units DESC
{% elif sort == 'name' %}d.Device
{% else %}total_units DESC, d.Device
{% endif %}
