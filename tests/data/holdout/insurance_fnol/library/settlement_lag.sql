/*---
title: Settlement lag
description: >
  Days from a claim's effective date to its settlement, per claim, with the customer and the
  amount; a negative number means the settlement is dated before the claim. Longest lag
  first.
examples:
  - how long do claims take to settle
  - settlement turnaround per claim
keywords: [lag, turnaround, delay, days to settle, time to settle, slow, fast, sla, backlog]
params: {}
owner: "@claims-ops"
---*/
SELECT c.Claim_ID AS claim_id, cu.Customer_name AS customer_name,
       c.Effective_Date AS claim_date, s.Effective_Date AS settlement_date,
       date_diff('day', c.Effective_Date, s.Effective_Date) AS days_to_settle,
       s.Settlement_Amount AS settlement_amount
FROM Settlements AS s
JOIN Claims AS c ON c.Claim_ID = s.Claim_ID
JOIN First_Notification_of_Loss AS f ON f.FNOL_ID = c.FNOL_ID
JOIN Customers AS cu ON cu.Customer_ID = f.Customer_ID
ORDER BY days_to_settle DESC
