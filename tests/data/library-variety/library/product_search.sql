/*---
title: Units sold of a product
description: Units sold of every product whose name contains the words asked for.
examples:
  - units sold of the Bamboo Rake
  - how many fountain pens did we sell
params:
  product:
    type: string
    label: product name
---*/
SELECT p.product_name, SUM(oi.quantity) AS units
FROM order_items oi
JOIN products p ON p.product_id = oi.product_id
WHERE p.product_name LIKE '%' || :product || '%'
GROUP BY p.product_name
