/*---
title: Orders
description: >
  Every order with its customer, date and details, its number of line items, distinct
  products and total quantity, and how many invoices were raised for it. Optionally only
  orders with at least a number of invoices.
examples:
  - list all orders
  - order sizes in units
  - orders billed in several invoices
  - line items and quantity per order
keywords: [orders, order, order id, placed, customer, items, line items, products, quantity,
           units, invoices, invoiced, billed, per order, each order, details]
params:
  min_invoices: {type: int, optional: true, min: 1, label: at least this many invoices}
owner: "@billing"
---*/
WITH items AS (
    SELECT order_id, COUNT(*) AS line_items, COUNT(DISTINCT product_id) AS products,
           SUM(product_quantity) AS quantity
    FROM Order_Items
    GROUP BY order_id
), invoices AS (
    SELECT order_id, COUNT(*) AS invoices
    FROM Invoices
    GROUP BY order_id
)
SELECT
    o.order_id,
    o.customer_id,
    o.date_order_placed,
    o.order_details,
    COALESCE(items.line_items, 0) AS line_items,
    COALESCE(items.products, 0) AS products,
    COALESCE(items.quantity, 0) AS quantity,
    COALESCE(invoices.invoices, 0) AS invoices
FROM Orders AS o
LEFT JOIN items ON items.order_id = o.order_id
LEFT JOIN invoices ON invoices.order_id = o.order_id
{% if min_invoices %}WHERE COALESCE(invoices.invoices, 0) >= :min_invoices
{% endif %}ORDER BY o.order_id
