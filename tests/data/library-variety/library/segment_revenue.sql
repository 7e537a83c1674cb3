/*---
title: Revenue of a customer segment
description: Monthly revenue from the customers of one segment.
examples: [revenue from the Enterprise segment, how much did startup customers spend per month]
keywords: [segment, revenue, monthly]
params:
  segment:
    type: string
  period:
    type: date_range
    default: this year
---*/
WITH seg AS (
    SELECT c.customer_id
    FROM customers c
    WHERE lower(c.segment) = lower(:segment)
), monthly AS (
    SELECT date_trunc('month', o.order_date) AS month, SUM(o.amount) AS revenue
    FROM orders o
    JOIN seg s ON s.customer_id = o.customer_id
    WHERE o.order_date BETWEEN :period_start AND :period_end
    GROUP BY 1
)
SELECT m.month, m.revenue FROM monthly m ORDER BY m.month
