/*---
title: Orders per customer
description: >
  One row per customer who has ordered: customer id, name and details, number of orders,
  number of order lines, first and latest order date. Optionally only customers with at
  least or at most so many orders. Most orders first (default), fewest first, or by name.
examples:
  - who are our most frequent buyers
  - customers with 3 or more orders
  - customers who ordered only once
  - order count by customer
keywords: [customer, customers, who, name, names, customer id, details, orders, order count,
           number of orders, how many, most, largest, fewest, least, frequent, repeat,
           at least, at most, or more, or less, each, per, buyer, buyers]
params:
  min_orders: {type: int, optional: true, min: 1, max: 1000, label: at least this many orders}
  max_orders: {type: int, optional: true, min: 1, max: 1000, label: at most this many orders}
  sort:
    type: choice
    choices: [most_orders, fewest_orders, name]
    default: most_orders
    synonyms: {most orders: most_orders, most: most_orders, largest number: most_orders,
               fewest orders: fewest_orders, fewest: fewest_orders, least: fewest_orders,
               by name: name, alphabetical: name}
owner: "@ops-analytics"
---*/
SELECT
    c.customer_id,
    c.customer_name,
    c.customer_details,
    COUNT(o.order_id) AS orders,
    (SELECT COUNT(*) FROM Order_Items AS oi
     JOIN Orders AS o2 ON o2.order_id = oi.order_id
     WHERE o2.customer_id = c.customer_id) AS order_lines,
    MIN(o.date_order_placed) AS first_order,
    MAX(o.date_order_placed) AS latest_order
FROM Customers AS c
JOIN Orders AS o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.customer_name, c.customer_details
HAVING 1 = 1
{% if min_orders %}AND COUNT(o.order_id) >= :min_orders
{% endif %}{% if max_orders %}AND COUNT(o.order_id) <= :max_orders
{% endif %}ORDER BY
{% if sort == 'fewest_orders' %}orders, c.customer_id
{% elif sort == 'name' %}c.customer_name, c.customer_id
{% else %}orders DESC, c.customer_id
{% endif %}
