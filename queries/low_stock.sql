/*---
title: Low stock products
description: >
  Products whose stock on hand is under a threshold (10 units unless told otherwise), lowest
  first, with the units sold over the latest 30 days of orders to show how urgent a restock is.
examples:
  - what's low on stock?
  - products running out
  - items with less than 20 in stock
  - which products need restocking
  - low inventory in electronics
  - anything out of stock right now?
  - stock levels below 5 units
  - which SKUs are about to sell out
keywords: [stock, low stock, inventory, restock, reorder, replenish, out of stock, running
           out, sold out, sell out, stock levels, on hand, warehouse stock, shortage, threshold,
           units left, below, under, fewer, less,
           reorder candidates, reorder list, low inventory, needs restocking, about to run out,
           articles, pieces, shelf, shelves, sku, skus, left on the shelf,
           alert, stock alert, inventory alert, gear]
params:
  threshold: {type: int, default: 10, min: 0, max: 1000000, label: stock threshold}
  category:
    type: choice
    choices: [electronics, home, apparel, beauty, sports]
    optional: true
    synonyms: {electronic: electronics, gadgets: electronics, tech: electronics,
               devices: electronics, homeware: home, home goods: home, household: home,
               kitchen: home, furniture: home, clothing: apparel, clothes: apparel,
               fashion: apparel, shoes: apparel, cosmetics: beauty, skincare: beauty,
               makeup: beauty, personal care: beauty, sport: sports, fitness: sports,
               sporting goods: sports, outdoor: sports}
owner: "@data-team"
---*/
WITH recent AS (
    SELECT i.product_id, SUM(i.quantity) AS units
    FROM order_items AS i
    JOIN orders AS o ON o.order_id = i.order_id
    WHERE o.order_date > (SELECT MAX(order_date) FROM orders) - INTERVAL 30 DAY
      AND o.status <> 'cancelled'
    GROUP BY i.product_id
)
SELECT
    p.product_id,
    p.sku,
    p.name AS product,
    p.category,
    p.stock,
    COALESCE(r.units, 0) AS units_sold_last_30_days
FROM products AS p
LEFT JOIN recent AS r ON r.product_id = p.product_id
WHERE p.stock < :threshold
{% if category %}  AND p.category = :category
{% endif %}ORDER BY p.stock, units_sold_last_30_days DESC, p.product_id
