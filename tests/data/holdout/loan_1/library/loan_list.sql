/*---
title: Loan book
description: >
  One row per loan: loan id, loan type, amount, the borrower (name and credit score) and the
  branch that granted it (name, city, state). Optionally one loan type, one borrower by name,
  one granting branch, the branches of one city or state, an amount window, or only borrowers
  with a credit score at most some value; largest loan first (default), smallest first or by
  loan id; cut to the first n.
examples:
  - all loans with borrower and branch
  - loans Owen has with us
  - auto loans of 2500 or more
  - loans booked in Salt Lake City
  - mortgages granted by morningside
  - the 5 biggest loans
keywords: [loan, loans, loan book, lending, lent, borrowed, borrower, borrowers, debt, credit,
           mortgage, mortgages, auto, car, business, type, amount, amounts, size, granted,
           booked, issued, branch, branches, city, state, customer, customers, credit score,
           largest, biggest, smallest, list]
params:
  loan_type:
    type: choice
    optional: true
    choices: [Mortgages, Auto, Business]
    synonyms: {mortgage: Mortgages, mortgage loan: Mortgages, home loan: Mortgages,
               housing loan: Mortgages, auto loan: Auto, car loan: Auto, car: Auto,
               vehicle loan: Auto, business loan: Business, commercial: Business,
               commercial loan: Business, company loan: Business}
  customer: {type: string, optional: true, label: borrower's name}
  branch: {type: string, optional: true, label: granting branch name}
  city: {type: string, optional: true, label: granting branch's city}
  state: {type: string, optional: true, label: granting branch's state}
  min_amount: {type: number, optional: true, min: 0, label: amount at least}
  max_amount: {type: number, optional: true, min: 0, label: amount at most}
  max_credit_score: {type: int, optional: true, min: 0, label: borrower's credit score at most}
  sort:
    type: choice
    choices: [largest, smallest, loan_id]
    default: largest
    synonyms: {biggest: largest, highest: largest, amount descending: largest,
               lowest: smallest, amount ascending: smallest, by id: loan_id}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n loans}
owner: "@credit-risk"
---*/
SELECT
    l.loan_ID,
    l.loan_type,
    l.amount,
    c.cust_name AS borrower,
    c.credit_score AS borrower_credit_score,
    b.bname AS branch,
    b.city AS branch_city,
    b.state AS branch_state
FROM loan AS l
LEFT JOIN customer AS c ON c.cust_ID = l.cust_ID
LEFT JOIN bank AS b ON b.branch_ID = l.branch_ID
WHERE 1 = 1
{% if loan_type %}AND l.loan_type = :loan_type
{% endif %}{% if customer %}AND c.cust_name = :customer
{% endif %}{% if branch %}AND b.bname = :branch
{% endif %}{% if city %}AND b.city = :city
{% endif %}{% if state %}AND b.state = :state
{% endif %}{% if min_amount is not none and min_amount is not false %}AND l.amount >= :min_amount
{% endif %}{% if max_amount is not none and max_amount is not false %}AND l.amount <= :max_amount
{% endif %}{% if max_credit_score is not none and max_credit_score is not false %}AND c.credit_score <= :max_credit_score
{% endif %}ORDER BY
{% if sort == 'smallest' %}l.amount, l.loan_ID
{% elif sort == 'loan_id' %}l.loan_ID
{% else %}l.amount DESC, l.loan_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
