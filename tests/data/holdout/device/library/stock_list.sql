/*---
title: Stock lines
description: >
  One row per shop and device held in stock: shop name, location, device, carrier,
  software platform and quantity. Optionally one shop, one device, one location, one
  carrier or one platform, or a minimum quantity (strict: more than). Largest quantity
  first (default), or by shop or by device; optionally only the first n.
examples:
  - stock levels by shop and device
  - which shops stock the Galaxy
  - what does Dinas Device have in stock
  - stock lines with more than 100 units
keywords: [stock, stocks, stocked, in stock, inventory, quantity, quantities, units,
           holding, holds, carry, carries, shop, device, devices, lines]
params:
  shop: {type: string, optional: true, label: shop name}
  device: {type: string, optional: true, label: device name}
  location: {type: string, optional: true}
  carrier: {type: string, optional: true}
  platform: {type: string, optional: true, label: software platform}
  min_quantity: {type: int, optional: true, min: 0, label: quantity above}
  sort:
    type: choice
    choices: [quantity, shop, device]
    default: quantity
    synonyms: {most units: quantity, largest: quantity, biggest: quantity,
               by shop: shop, shop name: shop, by device: device, device name: device}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-analytics"
---*/
SELECT s.Shop_Name AS shop_name, s.Location AS location, d.Device AS device,
       d.Carrier AS carrier, d.Software_Platform AS software_platform, st.Quantity AS quantity
FROM stock AS st
JOIN shop AS s ON s.Shop_ID = st.Shop_ID
JOIN device AS d ON d.Device_ID = st.Device_ID
WHERE 1 = 1
{% if shop %}AND s.Shop_Name = :shop
{% endif %}{% if device %}AND d.Device = :device
{% endif %}{% if location %}AND s.Location = :location
{% endif %}{% if carrier %}AND d.Carrier = :carrier
{% endif %}{% if platform %}AND d.Software_Platform = :platform
{% endif %}{% if min_quantity is not none and min_quantity is not false %}AND st.Quantity > :min_quantity
{% endif %}ORDER BY
{% if sort == 'shop' %}s.Shop_Name, d.Device
{% elif sort == 'device' %}d.Device, s.Shop_Name
{% else %}st.Quantity DESC, s.Shop_Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
