/*---
title: Customer orders
description: >
  One row per order: order id, date, status (New, Pending, PartFilled, Completed,
  Cancelled), customer id and name, number of lines and distinct products. Filter by
  status or by one customer (name or id); newest first (default), oldest first, or by
  customer id.
examples:
  - orders that are still new
  - orders placed by Adah
  - completed orders, oldest first
  - show the order log
keywords: [order, orders, status, state of order, new, pending, partfilled, part filled,
           completed, cancelled, canceled, placed, date, customer, customers, recent,
           latest, oldest, log, list]
params:
  status:
    type: choice
    optional: true
    choices: [New, Pending, PartFilled, Completed, Cancelled]
    synonyms: {part filled: PartFilled, partially filled: PartFilled, partial: PartFilled,
               complete: Completed, fulfilled: Completed, done: Completed,
               canceled: Cancelled, awaiting: Pending, on hold: Pending}
  customer: {type: string, optional: true, label: customer name}
  customer_id: {type: int, optional: true, min: 1}
  sort:
    type: choice
    choices: [newest, oldest, customer]
    default: newest
    synonyms: {latest: newest, most recent: newest, earliest: oldest, chronological: oldest,
               by date: oldest, by customer: customer, customer id: customer}
owner: "@crm"
---*/
SELECT
    co.order_id,
    co.order_date,
    co.order_status_code,
    c.customer_id,
    c.customer_name,
    COUNT(oi.order_item_id) AS lines,
    COUNT(DISTINCT oi.product_id) AS distinct_products
FROM Customer_Orders AS co
JOIN Customers AS c ON c.customer_id = co.customer_id
LEFT JOIN Order_Items AS oi ON oi.order_id = co.order_id
WHERE 1 = 1
{% if status %}AND co.order_status_code = :status
{% endif %}{% if customer %}AND c.customer_name = :customer
{% endif %}{% if customer_id is not none and customer_id is not false %}AND c.customer_id = :customer_id
{% endif %}GROUP BY co.order_id, co.order_date, co.order_status_code, c.customer_id, c.customer_name
ORDER BY
{% if sort == 'oldest' %}co.order_date
{% elif sort == 'customer' %}c.customer_id, co.order_date
{% else %}co.order_date DESC
{% endif %}
