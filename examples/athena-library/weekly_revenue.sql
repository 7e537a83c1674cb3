/*---
title: Weekly revenue and buyers (Athena)
description: >
  Revenue, orders and distinct buyers per week in a period, cancelled orders left out.
  Written in Athena's SQL (Trino): date_trunc, approx_distinct, count_if.
engine: athena
examples:
  - weekly revenue last month
  - revenue per week this quarter
  - how many buyers each week since October
keywords: [weekly, week, revenue, buyers, orders]
params:
  period: {type: date_range, default: last month, label: period}
owner: "@data-team"
---*/
SELECT
    date_trunc('week', order_date) AS week,
    count(*) AS orders,
    approx_distinct(customer_id) AS buyers,
    count_if(status = 'returned') AS returned_orders,
    round(sum(amount), 2) AS revenue
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
  AND status <> 'cancelled'
GROUP BY 1
ORDER BY 1
