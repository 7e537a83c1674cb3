/*---
title: Product sales
description: >
  Units sold, orders and revenue per product over a period, best sellers first; optionally
  for one category (electronics, home, apparel, beauty, sports). Cancelled and returned
  orders are left out.
examples:
  - product sales last month
  - best selling products this quarter
  - how many units of each product did we sell in October?
  - top sellers in apparel since September
  - sales by product for beauty items year to date
  - which sports products sold best last month
  - unit sales per item for Q3
  - revenue per SKU in home goods this month
keywords: [product, products, item, items, sku, skus, units, unit sales, sold, sell, selling,
           best sellers, bestsellers, best selling, top sellers, merchandise, catalog,
           category, categories, quantity,
           units moved, moved, sell-through,
           gear, goods, article, articles, range, shift, shifted, move, best-selling,
           flew off the shelves, flying off the shelves, buying,
           performance, performers, top performers, product performance, sku performance]
params:
  period: {type: date_range, default: last month, label: period}
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
  product:
    type: string
    optional: true
    label: product name
    description: one product, by its name in the catalog
owner: "@data-team"
---*/
SELECT
    p.product_id,
    p.name AS product,
    p.category,
    SUM(i.quantity) AS units,
    COUNT(DISTINCT i.order_id) AS orders,
    ROUND(SUM(i.quantity * i.unit_price), 2) AS revenue
FROM order_items AS i
JOIN orders AS o ON o.order_id = i.order_id
JOIN products AS p ON p.product_id = i.product_id
WHERE o.order_date BETWEEN :period_start AND :period_end
  AND o.status NOT IN ('cancelled', 'returned')
{% if category %}  AND p.category = :category
{% endif %}{% if product %}  AND p.name = :product
{% endif %}GROUP BY p.product_id, p.name, p.category
ORDER BY revenue DESC, p.product_id
