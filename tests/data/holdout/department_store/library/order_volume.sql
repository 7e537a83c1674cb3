/*---
title: Order volume over time
description: >
  Orders per day, week or month (default month): orders, customers who ordered, order
  lines, and orders per status (new, pending, part filled, completed, cancelled).
examples:
  - monthly order volume
  - weekly orders broken down by status
  - order trend per day
keywords: [orders, volume, trend, over time, per month, monthly, weekly, daily, per week,
           per day, status, breakdown, lines, growth]
params:
  grain:
    type: choice
    choices: [day, week, month]
    default: month
    synonyms: {daily: day, weekly: week, monthly: month, per day: day, per week: week,
               per month: month}
owner: "@crm"
---*/
WITH lines AS (
    SELECT order_id, COUNT(*) AS lines
    FROM Order_Items
    GROUP BY order_id
)
SELECT
    CAST(date_trunc(:grain, co.order_date) AS DATE) AS period_start,
    COUNT(*) AS orders,
    COUNT(DISTINCT co.customer_id) AS customers,
    COALESCE(SUM(l.lines), 0) AS lines,
    COUNT(*) FILTER (WHERE co.order_status_code = 'New') AS new_orders,
    COUNT(*) FILTER (WHERE co.order_status_code = 'Pending') AS pending,
    COUNT(*) FILTER (WHERE co.order_status_code = 'PartFilled') AS part_filled,
    COUNT(*) FILTER (WHERE co.order_status_code = 'Completed') AS completed,
    COUNT(*) FILTER (WHERE co.order_status_code = 'Cancelled') AS cancelled
FROM Customer_Orders AS co
LEFT JOIN lines AS l ON l.order_id = co.order_id
GROUP BY period_start
ORDER BY period_start
