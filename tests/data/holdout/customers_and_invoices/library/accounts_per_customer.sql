/*---
title: Accounts per customer
description: >
  Every customer with their phone number and how many accounts they hold (zero included),
  most accounts first. Optionally only customers with at least a number of accounts.
examples:
  - who are our account holders
  - customers with three or more accounts
  - account count per client with contact numbers
keywords: [accounts, account holders, holders, customers, clients, number of accounts, count,
           per customer, each customer, most accounts, phone, contact]
params:
  min_accounts: {type: int, optional: true, min: 1, label: at least this many accounts}
owner: "@finance-ops"
---*/
SELECT
    c.customer_id,
    c.customer_first_name,
    c.customer_last_name,
    c.phone_number,
    COUNT(a.account_id) AS accounts
FROM Customers AS c
LEFT JOIN Accounts AS a ON a.customer_id = c.customer_id
GROUP BY c.customer_id, c.customer_first_name, c.customer_last_name, c.phone_number
{% if min_accounts %}HAVING COUNT(a.account_id) >= :min_accounts
{% endif %}ORDER BY accounts DESC, c.customer_id
