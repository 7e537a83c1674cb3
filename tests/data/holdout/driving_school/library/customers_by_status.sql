/*---
title: Customers by status
description: >
  Per customer status (Good Customer, Bad Customer): the number of customers, their total and
  average amount outstanding, and their lessons.
examples:
  - good vs bad customers
  - how much is owed by customer standing
  - customer base split by status
keywords: [status, statuses, status code, standing, classification, classified, good, bad,
           per status, by status, each status, customers, count, split, breakdown]
params: {}
owner: "@school-ops"
---*/
WITH taken AS (
    SELECT customer_id, COUNT(*) AS lessons FROM Lessons GROUP BY customer_id
)
SELECT
    c.customer_status_code,
    COUNT(*) AS customers,
    SUM(c.amount_outstanding) AS total_outstanding,
    ROUND(AVG(c.amount_outstanding), 2) AS avg_outstanding,
    COALESCE(SUM(taken.lessons), 0) AS lessons
FROM Customers AS c
LEFT JOIN taken ON taken.customer_id = c.customer_id
GROUP BY c.customer_status_code
ORDER BY customers DESC, c.customer_status_code
