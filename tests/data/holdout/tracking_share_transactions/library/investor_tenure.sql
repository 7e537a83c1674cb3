/*---
title: Investor tenure
description: >
  Per investor with at least two transactions: days between the first and the last
  transaction and the average gap between consecutive transactions, longest tenure first.
examples:
  - how long have investors been trading with us
  - gap between first and last trade per investor
  - investor tenure in days
keywords: [tenure, gap, days between, holding period, retention, lifetime, duration]
params: {}
owner: "@investment-ops"
---*/
SELECT investor_id, COUNT(*) AS transactions,
       date_diff('day', MIN(date_of_transaction), MAX(date_of_transaction)) AS tenure_days,
       ROUND(date_diff('day', MIN(date_of_transaction), MAX(date_of_transaction))
             / (COUNT(*) - 1), 1) AS avg_gap_days
FROM Transactions
GROUP BY investor_id
HAVING COUNT(*) >= 2
ORDER BY tenure_days DESC, investor_id
