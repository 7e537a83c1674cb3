/*---
title: Bank totals
description: >
  One row for the whole bank: number of customers, of checking accounts and of savings
  accounts; total, average, smallest and largest checking balance; the same for savings; and
  all deposits together. Optionally leaving out one customer by name.
examples:
  - how many customers do we have
  - total deposits across the bank
  - average checking balance
  - min max and average savings
  - total savings excluding Porter
keywords: [total, totals, sum, overall, bank, deposits, average, avg, mean, minimum, maximum,
           count, how many, number of, customers, accounts, checking, savings, summary, kpi]
params:
  exclude_customer: {type: string, optional: true, label: leave out customer}
owner: "@retail-banking-analytics"
---*/
WITH a AS (
  SELECT custid FROM ACCOUNTS
  WHERE 1 = 1
  {% if exclude_customer %}AND lower(name) <> lower(:exclude_customer)
  {% endif %}
)
SELECT (SELECT count(*) FROM a) AS customers,
       count(c.custid) AS checking_accounts,
       sum(c.balance) AS total_checking,
       avg(c.balance) AS average_checking,
       min(c.balance) AS smallest_checking,
       max(c.balance) AS largest_checking,
       (SELECT count(*) FROM SAVINGS WHERE custid IN (SELECT custid FROM a)) AS savings_accounts,
       (SELECT sum(balance) FROM SAVINGS WHERE custid IN (SELECT custid FROM a)) AS total_savings,
       (SELECT avg(balance) FROM SAVINGS WHERE custid IN (SELECT custid FROM a)) AS average_savings,
       (SELECT min(balance) FROM SAVINGS WHERE custid IN (SELECT custid FROM a)) AS smallest_savings,
       (SELECT max(balance) FROM SAVINGS WHERE custid IN (SELECT custid FROM a)) AS largest_savings,
       sum(c.balance) + (SELECT sum(balance) FROM SAVINGS WHERE custid IN (SELECT custid FROM a))
         AS total_deposits
FROM a
LEFT JOIN CHECKING AS c ON c.custid = a.custid
