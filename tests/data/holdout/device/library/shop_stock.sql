/*---
title: Stock per shop
description: >
  One row per shop (shops with nothing in stock shown with 0): how many different devices
  it stocks, total units, and the device names. Optionally shops in one location, or with
  at least a number of different devices. Most units first (default), most devices first,
  or by shop name; optionally only the first n.
examples:
  - total stock per shop
  - how many devices does each shop carry
  - which shop holds the most units
  - shops stocking at least 2 devices
keywords: [per shop, each shop, by shop, shops, stores, stock, stocked, inventory, units,
           total quantity, quantity, how many devices, number of devices, kinds, types,
           different devices, carry]
params:
  location: {type: string, optional: true}
  min_devices: {type: int, optional: true, min: 0, label: at least this many devices}
  sort:
    type: choice
    choices: [units, devices, name]
    default: units
    synonyms: {quantity: units, most units: units, total quantity: units, most stock: units,
               most devices: devices, number of devices: devices, kinds: devices,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-analytics"
---*/
SELECT s.Shop_Name AS shop_name, s.Location AS location,
       COUNT(st.Device_ID) AS devices_stocked,
       COALESCE(SUM(st.Quantity), 0) AS total_units,
       STRING_AGG(d.Device, ', ' ORDER BY d.Device) AS devices
FROM shop AS s
LEFT JOIN stock AS st ON st.Shop_ID = s.Shop_ID
LEFT JOIN device AS d ON d.Device_ID = st.Device_ID
WHERE 1 = 1
{% if location %}AND s.Location = :location
{% endif %}GROUP BY s.Shop_ID, s.Shop_Name, s.Location
{% if min_devices is not none and min_devices is not false %}HAVING COUNT(st.Device_ID) >= :min_devices
{% endif %}ORDER BY
{% if sort == 'devices' %}devices_stocked DESC, total_units DESC
{% elif sort == 'name' %}s.Shop_Name
{% else %}total_units DESC, s.Shop_Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
