/*---
title: Stock of a product
description: Units on hand of one product across stores.
examples:
  - stock of Cast Iron Skillet
  - how many copper kettles are on hand
params:
  item: {type: string}
  include_empty: {type: bool, default: false}
---*/
SELECT	pr.product_name,	SUM(inv.on_hand) AS on_hand
FROM	inventory inv
JOIN	products pr ON pr.product_id = inv.product_id
WHERE	pr.product_name = :item
{% if not include_empty %}	AND inv.on_hand > 0
{% endif %}GROUP BY pr.product_name
