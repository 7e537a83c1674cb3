/*---
title: Balances against the bank average
description: >
  One row per customer with both balances and their total next to the bank-wide average checking and
  average savings balance, and whether each is above or below it. Optionally only the
  customers above or below the average on checking or on savings (`checking_vs_avg`,
  `savings_vs_avg`: above/below, strict). Sorted by name.
examples:
  - customers with savings above the average
  - who is below average on checking
  - compare each customer's balances to the average
  - above-average savers
keywords: [average, avg, mean, above average, below average, higher than average,
           lower than average, compare, benchmark, segment, customers, checking, savings]
params:
  checking_vs_avg:
    type: choice
    choices: [above, below]
    optional: true
    synonyms: {higher: above, greater: above, more: above, over: above,
               lower: below, less: below, under: below}
  savings_vs_avg:
    type: choice
    choices: [above, below]
    optional: true
    synonyms: {higher: above, greater: above, more: above, over: above,
               lower: below, less: below, under: below}
owner: "@retail-banking-analytics"
---*/
WITH avgs AS (
  SELECT (SELECT avg(balance) FROM CHECKING) AS avg_checking,
         (SELECT avg(balance) FROM SAVINGS) AS avg_savings
)
SELECT a.custid AS customer_id, a.name AS customer,
       c.balance AS checking_balance, avgs.avg_checking AS bank_average_checking,
       CASE WHEN c.balance > avgs.avg_checking THEN 'above'
            WHEN c.balance < avgs.avg_checking THEN 'below' END AS checking_vs_average,
       s.balance AS savings_balance, avgs.avg_savings AS bank_average_savings,
       CASE WHEN s.balance > avgs.avg_savings THEN 'above'
            WHEN s.balance < avgs.avg_savings THEN 'below' END AS savings_vs_average,
       COALESCE(c.balance, 0) + COALESCE(s.balance, 0) AS total_balance
FROM ACCOUNTS AS a
CROSS JOIN avgs
LEFT JOIN CHECKING AS c ON c.custid = a.custid
LEFT JOIN SAVINGS AS s ON s.custid = a.custid
WHERE 1 = 1
{% if checking_vs_avg == 'above' %}AND c.balance > avgs.avg_checking
{% elif checking_vs_avg == 'below' %}AND c.balance < avgs.avg_checking
{% endif %}{% if savings_vs_avg == 'above' %}AND s.balance > avgs.avg_savings
{% elif savings_vs_avg == 'below' %}AND s.balance < avgs.avg_savings
{% endif %}ORDER BY a.name, a.custid
