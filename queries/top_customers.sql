/*---
title: Top customers by revenue
description: >
  The biggest customers over a period, ranked by revenue (orders not cancelled or returned),
  with their order count and average order value.
examples:
  - top 10 customers last quarter
  - who are our biggest customers this year?
  - best 25 clients by spend since January
  - largest accounts by revenue in Q3
  - which customers spent the most last month
  - top spenders over the past 3 months
  - our 50 most valuable customers year to date
  - list the top buyers for October
keywords: [top, biggest, largest, best, highest, most, customers, clients, accounts, buyers,
           spenders, whales, ranking, ranked, leaderboard, spend, spent, valuable,
           money, bought the most, purchased,
           lucrative, paying, highest-paying, generated, most revenue]
params:
  n: {type: int, default: 10, min: 1, max: 1000, label: how many}
  period: {type: date_range, default: last 3 months, label: period}
owner: "@data-team"
---*/
SELECT
    c.customer_id,
    c.name,
    c.email,
    c.region,
    COUNT(*) AS orders,
    ROUND(SUM(o.amount), 2) AS revenue,
    ROUND(AVG(o.amount), 2) AS avg_order_value
FROM orders AS o
JOIN customers AS c ON c.customer_id = o.customer_id
WHERE o.order_date BETWEEN :period_start AND :period_end
  AND o.status NOT IN ('cancelled', 'returned')
GROUP BY c.customer_id, c.name, c.email, c.region
ORDER BY revenue DESC, c.customer_id
LIMIT :n
