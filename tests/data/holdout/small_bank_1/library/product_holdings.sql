/*---
title: Products held per customer
description: >
  One row per customer: how many checking and how many savings accounts they hold and
  which product they lack, for cross-selling. Optionally only the customers without a
  checking account or without a savings account (`missing`). Sorted by name.
examples:
  - which customers don't have a savings account
  - number of accounts per customer
  - cross-sell list for checking
  - products held by each client
keywords: [products, product, holdings, held, accounts per customer, number of accounts,
           cross-sell, cross sell, missing, without, lacks, no savings, no checking,
           checking, savings]
params:
  missing:
    type: choice
    choices: [checking, savings]
    optional: true
    synonyms: {no checking: checking, without checking: checking, no current account: checking,
               no savings: savings, without savings: savings, no savings account: savings}
owner: "@retail-banking-analytics"
---*/
SELECT a.custid AS customer_id, a.name AS customer,
       (SELECT count(*) FROM CHECKING AS c WHERE c.custid = a.custid) AS checking_accounts,
       (SELECT count(*) FROM SAVINGS AS s WHERE s.custid = a.custid) AS savings_accounts,
       CASE
         WHEN NOT EXISTS (SELECT 1 FROM CHECKING AS c WHERE c.custid = a.custid)
              AND NOT EXISTS (SELECT 1 FROM SAVINGS AS s WHERE s.custid = a.custid)
           THEN 'checking and savings'
         WHEN NOT EXISTS (SELECT 1 FROM CHECKING AS c WHERE c.custid = a.custid) THEN 'checking'
         WHEN NOT EXISTS (SELECT 1 FROM SAVINGS AS s WHERE s.custid = a.custid) THEN 'savings'
       END AS missing_product
FROM ACCOUNTS AS a
WHERE 1 = 1
{% if missing == 'checking' %}AND NOT EXISTS (SELECT 1 FROM CHECKING AS c WHERE c.custid = a.custid)
{% elif missing == 'savings' %}AND NOT EXISTS (SELECT 1 FROM SAVINGS AS s WHERE s.custid = a.custid)
{% endif %}ORDER BY a.name, a.custid
