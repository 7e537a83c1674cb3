/*---
title: Orders per customer
description: >
  One row per customer who has placed at least one order: customer id, name and payment
  method, orders placed, of which delivered and cancelled, order lines, how many different
  products they bought, the total quantity of items and their first and latest order dates.
  Optionally one customer by full name, one payment method, or customers with at least a
  given number of orders. By name (default), most orders, most items, fewest items (among
  customers who bought at least one item) or most recent order first.
examples:
  - order history per customer
  - who are our biggest buyers by units
  - customers with 3 or more orders
  - how much has Devin Mills bought from us
keywords: [customer, customers, client, buyer, buyers, who, name, orders, ordered, placed,
           made, bought, purchased, purchases, items, quantity, units, goods, total, products,
           different products, distinct, types, kinds, cancelled, delivered, most, least,
           fewest, top, biggest, smallest, payment method, how many, number, so far, history]
params:
  customer: {type: string, optional: true, label: customer's full name}
  payment_method:
    type: choice
    optional: true
    choices: [Cash, Cheque, Credit Card]
    synonyms: {cash: Cash, cheque: Cheque, check: Cheque, credit card: Credit Card,
               card: Credit Card, credit: Credit Card}
  min_orders: {type: int, optional: true, min: 1, max: 100000, label: at least this many orders}
  sort:
    type: choice
    choices: [name, most_orders, most_items, fewest_items, latest_order]
    default: name
    synonyms: {by name: name, alphabetical: name, most orders: most_orders,
               most items: most_items, most quantity: most_items, bought the most: most_items,
               biggest buyer: most_items, top buyer: most_items,
               fewest items: fewest_items, least items: fewest_items,
               least quantity: fewest_items, bought the least: fewest_items,
               latest order: latest_order, most recent order: latest_order}
owner: "@cx-analytics"
---*/
WITH per_order AS (
    SELECT
        o.order_id,
        o.customer_id,
        o.order_status,
        o.order_date,
        COUNT(i.product_id) AS lines,
        SUM(i.order_quantity) AS quantity
    FROM Customer_Orders AS o
    LEFT JOIN Order_Items AS i ON i.order_id = o.order_id
    GROUP BY o.order_id, o.customer_id, o.order_status, o.order_date
)
SELECT
    c.customer_id,
    c.customer_name,
    c.payment_method,
    COUNT(*) AS orders,
    COUNT(*) FILTER (WHERE po.order_status = 'Delivered') AS delivered,
    COUNT(*) FILTER (WHERE po.order_status = 'Cancelled') AS cancelled,
    SUM(po.lines) AS order_lines,
    (SELECT COUNT(DISTINCT i.product_id) FROM Order_Items AS i
     JOIN Customer_Orders AS o2 ON o2.order_id = i.order_id
     WHERE o2.customer_id = c.customer_id) AS different_products,
    COALESCE(SUM(po.quantity), 0) AS total_quantity,
    MIN(po.order_date) AS first_order,
    MAX(po.order_date) AS latest_order
FROM per_order AS po
JOIN Customers AS c ON c.customer_id = po.customer_id
WHERE 1 = 1
{% if customer %}AND c.customer_name = :customer
{% endif %}{% if payment_method %}AND c.payment_method = :payment_method
{% endif %}GROUP BY c.customer_id, c.customer_name, c.payment_method
{% if min_orders is not none and min_orders is not false %}HAVING COUNT(*) >= :min_orders
{% endif %}ORDER BY
{% if sort == 'most_orders' %}orders DESC, c.customer_name
{% elif sort == 'most_items' %}total_quantity DESC, c.customer_name
{% elif sort == 'fewest_items' %}SUM(po.quantity) ASC NULLS LAST, c.customer_name
{% elif sort == 'latest_order' %}latest_order DESC, c.customer_name
{% else %}c.customer_name
{% endif %}
