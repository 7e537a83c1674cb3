/*---
title: Top customers of a country   # shown in Slack
description: The biggest customers of one country by total spend.
examples:
  - top customers in Chile
  - biggest spenders in portugal
params:
  # a country as stored in customers.country
  market: {type: string, label: country}
  n: {type: int, default: 5}
---*/
-- ranks with a window and QUALIFY; :not_a_param in a comment is not a bind
SELECT cu."Customer Name", SUM(o.amount) AS spend,
       ROW_NUMBER() OVER (ORDER BY SUM(o.amount) DESC) AS position
FROM customers cu
JOIN orders o USING (customer_id)
WHERE cu.country = :market   /* :also_not_a_param */
GROUP BY cu."Customer Name"
QUALIFY position <= :n
ORDER BY position
