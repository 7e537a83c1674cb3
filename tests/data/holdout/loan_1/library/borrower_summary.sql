/*---
title: Borrowers and what they owe
description: >
  One row per customer who has at least one loan in the loan book: name, credit score,
  account type, account balance, number of loans, total borrowed and largest loan.
  Optionally only borrowers whose total borrowed is above an amount, or only one loan type;
  largest total first (default), smallest total first or by name.
examples:
  - how much does each borrower owe us
  - borrowers ranked by total debt
  - borrowers with over 4k outstanding
  - exposure per borrower for mortgages only
keywords: [borrower, borrowers, debtor, debtors, customer, customers, client, clients, owe,
           owes, owed, debt, exposure, borrowed, total, loans, loan, taken, taken out, total
           loan amount, amount, credit score, balance, account, ranked, largest, smallest,
           greatest, most, least]
params:
  total_above: {type: number, optional: true, min: 0, label: total borrowed more than}
  loan_type:
    type: choice
    optional: true
    choices: [Mortgages, Auto, Business]
    synonyms: {mortgage: Mortgages, home loan: Mortgages, auto loan: Auto, car loan: Auto,
               car: Auto, business loan: Business, commercial: Business}
  sort:
    type: choice
    choices: [largest_total, smallest_total, name]
    default: largest_total
    synonyms: {largest: largest_total, most: largest_total, biggest: largest_total,
               total descending: largest_total, smallest: smallest_total,
               least: smallest_total, total ascending: smallest_total,
               alphabetical: name, a to z: name}
owner: "@credit-risk"
---*/
SELECT
    c.cust_name,
    c.credit_score,
    c.acc_type,
    c.acc_bal,
    COUNT(*) AS loans,
    SUM(l.amount) AS total_borrowed,
    MAX(l.amount) AS largest_loan
FROM loan AS l
JOIN customer AS c ON c.cust_ID = l.cust_ID
WHERE 1 = 1
{% if loan_type %}AND l.loan_type = :loan_type
{% endif %}GROUP BY c.cust_ID, c.cust_name, c.credit_score, c.acc_type, c.acc_bal
{% if total_above is not none and total_above is not false %}HAVING SUM(l.amount) > :total_above
{% endif %}ORDER BY
{% if sort == 'smallest_total' %}total_borrowed, c.cust_name
{% elif sort == 'name' %}c.cust_name
{% else %}total_borrowed DESC, c.cust_name
{% endif %}
