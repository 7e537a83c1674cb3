/*---
title: Product sales
description: >
  Per product: the number of orders it appears in and the quantity ordered, best sellers
  first (products never ordered show zeros). Optionally one category.
examples:
  - best-selling products
  - units sold per product
  - how are the DVDs selling
keywords: [products, product, sales, sold, selling, best sellers, ordered, orders, quantity,
           units, demand, per product, each product]
params:
  category:
    type: choice
    choices: [Food, DVDs, Books, Electronics]
    optional: true
    synonyms: {dvd: DVDs, dvds: DVDs, movies: DVDs, book: Books, electronic: Electronics,
               electrical: Electronics, devices: Electronics, groceries: Food}
owner: "@merchandising"
---*/
SELECT
    p.product_id,
    p.product_name,
    p.production_type_code,
    COUNT(DISTINCT oi.order_id) AS orders,
    COALESCE(SUM(oi.product_quantity), 0) AS quantity_ordered
FROM Products AS p
LEFT JOIN Order_Items AS oi ON oi.product_id = p.product_id
{% if category %}WHERE p.production_type_code = :category
{% endif %}GROUP BY p.product_id, p.product_name, p.production_type_code
ORDER BY quantity_ordered DESC, p.product_name
