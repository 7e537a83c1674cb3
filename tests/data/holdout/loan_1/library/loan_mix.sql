/*---
title: Loan product mix
description: >
  Per loan type: number of loans, total and average amount, smallest and largest loan, how
  many branches granted that type and how many customers took it. Optionally only the loans
  of branches in one state.
examples:
  - loan portfolio by product
  - mix of mortgage, auto and business lending
  - product split of the loans booked in Utah
keywords: [loan type, loan types, product, products, portfolio, mix, split, breakdown,
           mortgage, mortgages, auto, business, per type, each type, amount, total, average,
           smallest, largest]
params:
  state: {type: string, optional: true, label: granting branch's state}
owner: "@credit-risk"
---*/
SELECT
    l.loan_type,
    COUNT(*) AS loans,
    SUM(l.amount) AS total_amount,
    ROUND(AVG(l.amount), 2) AS avg_amount,
    MIN(l.amount) AS smallest_loan,
    MAX(l.amount) AS largest_loan,
    COUNT(DISTINCT l.branch_ID) AS branches,
    COUNT(DISTINCT l.cust_ID) AS customers
FROM loan AS l
LEFT JOIN bank AS b ON b.branch_ID = l.branch_ID
WHERE 1 = 1
{% if state %}AND b.state = :state
{% endif %}GROUP BY l.loan_type
ORDER BY total_amount DESC, l.loan_type
