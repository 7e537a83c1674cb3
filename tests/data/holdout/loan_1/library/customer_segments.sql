/*---
title: Customers by account type, state or home branch
description: >
  Customers summed up per account type (default), per state of residence or per home branch:
  number of customers, total and average account balance, average, lowest and highest credit
  score. Optionally counting only customers whose credit score lies in a window. Most
  customers first (default), largest total balance first, or by segment name.
examples:
  - balances by account type
  - deposits per state
  - average credit score for each home branch
  - how much do savers with a score of 150 or more hold, per account type
  - customer mix across account kinds
keywords: [account type, account types, type, types, kind, kinds, saving, savings, checking,
           state, states, home branch, branch, segment, segments, per, each, by, customers,
           clients, count, balance, balances, deposits, total, sum, average, avg, mean,
           credit, credit score, score, different, distinct, mix]
params:
  by:
    type: choice
    choices: [acc_type, state, branch]
    default: acc_type
    synonyms: {account type: acc_type, account types: acc_type, type of account: acc_type,
               account kind: acc_type, per state: state, states: state,
               home branch: branch, branches: branch}
  min_credit_score: {type: int, optional: true, min: 0, label: count only credit scores at least}
  max_credit_score: {type: int, optional: true, min: 0, label: count only credit scores at most}
  sort:
    type: choice
    choices: [most_customers, highest_balance, name]
    default: most_customers
    synonyms: {most: most_customers, biggest: most_customers, richest: highest_balance,
               largest balance: highest_balance, alphabetical: name, a to z: name}
owner: "@retail-banking-analytics"
---*/
SELECT
    {% if by == 'state' %}c.state{% elif by == 'branch' %}b.bname{% else %}c.acc_type{% endif %} AS segment,
    COUNT(*) AS customers,
    SUM(c.acc_bal) AS total_balance,
    ROUND(AVG(c.acc_bal), 2) AS avg_balance,
    ROUND(AVG(c.credit_score), 1) AS avg_credit_score,
    MIN(c.credit_score) AS lowest_credit_score,
    MAX(c.credit_score) AS highest_credit_score
FROM customer AS c
LEFT JOIN bank AS b ON b.branch_ID = c.branch_ID
WHERE 1 = 1
{% if min_credit_score is not none and min_credit_score is not false %}AND c.credit_score >= :min_credit_score
{% endif %}{% if max_credit_score is not none and max_credit_score is not false %}AND c.credit_score <= :max_credit_score
{% endif %}GROUP BY segment
ORDER BY
{% if sort == 'highest_balance' %}total_balance DESC, segment
{% elif sort == 'name' %}segment
{% else %}customers DESC, segment
{% endif %}
