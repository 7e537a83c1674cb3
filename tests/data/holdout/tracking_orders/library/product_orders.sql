/*---
title: Orders per product
description: >
  One row per product that has been ordered: product id and name, how many times it was
  ordered (order lines), in how many orders, by how many customers, and how many of its lines
  were cancelled. Optionally one product name and a period of order placement (all orders by
  default). Most ordered first (default), by name or by product id.
examples:
  - which products sell the most
  - how often was each phone ordered
  - what did people order in 1982
  - product demand, all time
keywords: [product, products, product id, product name, ordered, orders, times, how many,
           count, number, popular, best selling, demand, sold, bought, each, per, distinct,
           cancelled, customers]
params:
  period: {type: date_range, default: since 1970-01-01, label: order placed}
  product: {type: string, optional: true, label: product name}
  sort:
    type: choice
    choices: [most_ordered, name, product_id]
    default: most_ordered
    synonyms: {most ordered: most_ordered, most popular: most_ordered, best selling: most_ordered,
               by name: name, alphabetical: name, by id: product_id}
owner: "@ops-analytics"
---*/
SELECT
    p.product_id,
    p.product_name,
    COUNT(*) AS times_ordered,
    COUNT(DISTINCT oi.order_id) AS orders,
    COUNT(DISTINCT o.customer_id) AS customers,
    SUM(CASE WHEN oi.order_item_status = 'Cancel' THEN 1 ELSE 0 END) AS cancelled_lines
FROM Order_Items AS oi
JOIN Orders AS o ON o.order_id = oi.order_id
JOIN Products AS p ON p.product_id = oi.product_id
WHERE CAST(o.date_order_placed AS DATE) BETWEEN :period_start AND :period_end
{% if product %}AND p.product_name = :product
{% endif %}GROUP BY p.product_id, p.product_name
ORDER BY
{% if sort == 'name' %}p.product_name, p.product_id
{% elif sort == 'product_id' %}p.product_id
{% else %}times_ordered DESC, p.product_id
{% endif %}
