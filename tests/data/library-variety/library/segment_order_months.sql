/*---
title: Monthly orders of a segment's customers
description: Order count per month from customers of one segment (the filter sits in a subquery).
examples:
  - monthly order count from Midmarket customers
params:
  customer_segment: {type: string}
---*/
SELECT date_trunc('month', o.order_date) AS month, COUNT(*) AS orders
FROM orders o
WHERE o.customer_id IN (
    SELECT c.customer_id FROM customers c WHERE c.segment = :customer_segment
)
GROUP BY 1
ORDER BY 1
