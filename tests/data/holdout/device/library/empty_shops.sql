/*---
title: Shops with nothing in stock
description: >
  Shops that hold no device at all in stock: name, location and open year. Optionally
  one location.
examples:
  - which shops have no stock
  - shops with empty inventory
  - stores not carrying any device
keywords: [no stock, empty, out of stock, nothing in stock, without stock, zero stock,
           not stocked, unstocked, empty shelves, shops, stores]
params:
  location: {type: string, optional: true}
owner: "@retail-analytics"
---*/
SELECT s.Shop_Name AS shop_name, s.Location AS location, s.Open_Year AS open_year
FROM shop AS s
WHERE NOT EXISTS (SELECT 1 FROM stock AS st WHERE st.Shop_ID = s.Shop_ID)
{% if location %}AND s.Location = :location
{% endif %}ORDER BY s.Shop_Name
