/*---
title: Customer lookup
description: >
  Everything the bank holds on one customer, found by name (case-insensitive): customer id,
  whether they have a checking and a savings account, both balances and their sum.
examples:
  - look up customer Porter
  - what does Granger have in the bank
  - balances for Wesley
  - show me the accounts of Weeks
keywords: [customer, client, lookup, look up, profile, account holder, details, balances,
           checking, savings, accounts]
params:
  customer: {type: string, label: customer name}
owner: "@retail-banking-analytics"
---*/
SELECT a.custid AS customer_id, a.name AS customer,
       c.custid IS NOT NULL AS has_checking, s.custid IS NOT NULL AS has_savings,
       c.balance AS checking_balance, s.balance AS savings_balance,
       COALESCE(c.balance, 0) + COALESCE(s.balance, 0) AS total_balance
FROM ACCOUNTS AS a
LEFT JOIN CHECKING AS c ON c.custid = a.custid
LEFT JOIN SAVINGS AS s ON s.custid = a.custid
WHERE lower(a.name) = lower(:customer)
