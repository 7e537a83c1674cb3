/*---
title: Orders of one customer
description: Every order a customer placed over a period, newest first.
examples:
  - orders for Globex Industries last month
  - what did Initech order in October?
params:
  customer: {type: string}
  period: {type: date_range, default: last month}
---*/
SELECT o.order_id, o.order_date, o.amount, o.status
FROM orders AS o
JOIN customers AS c ON c.customer_id = o.customer_id
WHERE c."Customer Name" = :customer
  AND o.order_date BETWEEN :period_start AND :period_end
ORDER BY o.order_date DESC
