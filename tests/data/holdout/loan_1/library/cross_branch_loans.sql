/*---
title: Loans booked away from the home branch
description: >
  Loans granted by a branch other than the borrower's home branch: loan id, type, amount,
  borrower, home branch and granting branch, largest first.
examples:
  - loans booked outside the customer's home branch
  - which borrowers got credit at another office
keywords: [home branch, other branch, another branch, away, outside, cross-branch, booked,
           granting branch, loans, loan, borrower, borrowers]
owner: "@credit-risk"
---*/
SELECT
    l.loan_ID,
    l.loan_type,
    l.amount,
    c.cust_name AS borrower,
    home.bname AS home_branch,
    granting.bname AS granting_branch
FROM loan AS l
JOIN customer AS c ON c.cust_ID = l.cust_ID
LEFT JOIN bank AS home ON home.branch_ID = c.branch_ID
LEFT JOIN bank AS granting ON granting.branch_ID = l.branch_ID
WHERE c.branch_ID IS DISTINCT FROM l.branch_ID
ORDER BY l.amount DESC, l.loan_ID
