/*---
title: Best sellers within a category
description: Products of one category ranked by revenue (window function over a subquery).
examples:
  - best sellers in Gardening
  - rank the kitchenware products by revenue
params:
  category: {type: string}
  top_n: {type: int, default: 3, min: 1, max: 50}
---*/
SELECT ranked.product_name, ranked.revenue, ranked.rnk
FROM (
    SELECT p.category, p.product_name,
           SUM(oi.quantity * p.unit_price) AS revenue,
           RANK() OVER (PARTITION BY p.category ORDER BY SUM(oi.quantity * p.unit_price) DESC) AS rnk
    FROM products p
    JOIN order_items oi ON oi.product_id = p.product_id
    GROUP BY p.category, p.product_name
) AS ranked
WHERE ranked.category = :category
  AND ranked.rnk <= :top_n
ORDER BY ranked.rnk
