/*---
title: Lending by branch, city or state
description: >
  What the branches have lent, per granting branch (default, with its city and state), per
  city or per state: number of loans, distinct borrowers, total amount lent, average and
  largest loan. Only places that granted at least one loan appear. Optionally counting only
  one loan type, or only loans to borrowers whose credit score lies in a window. Most lent
  first (default), least lent first, or by name.
examples:
  - loan volume per branch
  - how much has each state lent out
  - mortgage lending by branch
  - which branch lends the least
  - lending to customers scoring 150 or higher, per city
keywords: [lending, lent, lend, lends, loaned, loan volume, loans, loan, granted, provided,
           offered, issued, branch, branches, bank, banks, city, cities, state, states, per,
           each, total, sum, amount, average, largest, borrowers, mortgage, auto, business,
           credit score, most, least, greatest]
params:
  by:
    type: choice
    choices: [branch, city, state]
    default: branch
    synonyms: {branches: branch, per branch: branch, bank: branch, banks: branch,
               cities: city, per city: city, states: state, per state: state}
  loan_type:
    type: choice
    optional: true
    choices: [Mortgages, Auto, Business]
    synonyms: {mortgage: Mortgages, mortgage loan: Mortgages, home loan: Mortgages,
               auto loan: Auto, car loan: Auto, car: Auto, business loan: Business,
               commercial: Business, commercial loan: Business}
  min_credit_score: {type: int, optional: true, min: 0, label: count only borrowers scoring at least}
  max_credit_score: {type: int, optional: true, min: 0, label: count only borrowers scoring at most}
  sort:
    type: choice
    choices: [most_lent, least_lent, name]
    default: most_lent
    synonyms: {most: most_lent, greatest: most_lent, largest: most_lent, least: least_lent,
               smallest: least_lent, alphabetical: name, a to z: name}
owner: "@credit-risk"
---*/
SELECT
    {% if by == 'state' %}b.state{% elif by == 'city' %}b.city, b.state{% else %}b.bname AS branch, b.city, b.state{% endif %},
    COUNT(*) AS loans,
    COUNT(DISTINCT l.cust_ID) AS borrowers,
    SUM(l.amount) AS total_lent,
    ROUND(AVG(l.amount), 2) AS avg_loan,
    MAX(l.amount) AS largest_loan
FROM loan AS l
JOIN bank AS b ON b.branch_ID = l.branch_ID
LEFT JOIN customer AS c ON c.cust_ID = l.cust_ID
WHERE 1 = 1
{% if loan_type %}AND l.loan_type = :loan_type
{% endif %}{% if min_credit_score is not none and min_credit_score is not false %}AND c.credit_score >= :min_credit_score
{% endif %}{% if max_credit_score is not none and max_credit_score is not false %}AND c.credit_score <= :max_credit_score
{% endif %}GROUP BY {% if by == 'state' %}b.state{% elif by == 'city' %}b.city, b.state{% else %}b.branch_ID, b.bname, b.city, b.state{% endif %}
ORDER BY
{% if sort == 'least_lent' %}total_lent, 1
{% elif sort == 'name' %}1
{% else %}total_lent DESC, 1
{% endif %}
