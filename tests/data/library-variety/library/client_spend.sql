/*---
title: Spend of a client
description: Total spend of one client (the name is renamed in a CTE).
examples:
  - total spend of Wayne Foods
  - how much has stark logistics spent
params:
  client: {type: string}
---*/
WITH named AS (
    SELECT c.customer_id, c."Customer Name" AS client_name
    FROM customers c
)
SELECT n.client_name, SUM(o.amount) AS spend
FROM named n
JOIN orders o ON o.customer_id = n.customer_id
WHERE n.client_name = :client
GROUP BY n.client_name
