/*---
title: Low inventory at a store
description: Products running low at the store of one city.
examples:
  - low inventory at the Spokane store
  - what is running low in tallahassee
params:
  store_city: {type: string, label: store}
  threshold: {type: int, default: 10, min: 0}
---*/
SELECT COALESCE(pr.product_name, 'unknown') AS product, inv.on_hand
FROM inventory inv
JOIN stores st ON st.store_id = inv.store_id
LEFT JOIN products pr ON pr.product_id = inv.product_id
WHERE COALESCE(st.city, 'n/a') = :store_city
  AND inv.on_hand < :threshold
ORDER BY inv.on_hand
