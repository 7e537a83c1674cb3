/*---
title: Loan penetration per branch
description: >
  For every branch (zero included): the customers it reports, the distinct customers it has
  lent to, the loans it has granted and loans per 100 reported customers, highest
  penetration first. Optionally only branches with at least so many reported customers.
examples:
  - loan penetration by branch
  - loans per hundred clients at each office
  - cross-sell rate of lending across the network
keywords: [penetration, cross-sell, uptake, take-up, rate, ratio, per hundred, per 100,
           branch, branches, office, offices, loans, customers, clients, network]
params:
  min_customers: {type: int, optional: true, min: 0, label: reported customers at least}
owner: "@retail-banking-analytics"
---*/
SELECT
    b.bname,
    b.no_of_customers,
    COUNT(DISTINCT l.cust_ID) AS customers_lent_to,
    COUNT(l.loan_ID) AS loans,
    ROUND(100.0 * COUNT(l.loan_ID) / NULLIF(b.no_of_customers, 0), 2) AS loans_per_100_customers
FROM bank AS b
LEFT JOIN loan AS l ON l.branch_ID = b.branch_ID
WHERE 1 = 1
{% if min_customers is not none and min_customers is not false %}AND b.no_of_customers >= :min_customers
{% endif %}GROUP BY b.branch_ID, b.bname, b.no_of_customers
ORDER BY loans_per_100_customers DESC, b.bname
