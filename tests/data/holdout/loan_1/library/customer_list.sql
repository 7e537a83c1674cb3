/*---
title: Customer directory
description: >
  Every customer: customer id, name, account type, account balance, credit score, number of
  loans recorded on the customer, state of residence and home branch. Optionally one customer
  by name, one account type, a state, a home branch, a credit-score window, a balance window
  or a window on the recorded number of loans; sorted by name (default), lowest or highest
  balance first, lowest or highest credit score first; cut to the first n.
examples:
  - customer list with balances
  - what kind of account does Mary hold
  - checking customers in Utah
  - clients with a credit score of 200 or more
  - customers holding at least 10k
  - who has three or more loans on record
  - our 2 richest customers
keywords: [customer, customers, client, clients, account holder, account holders, name, names,
           account, account type, saving, savings, checking, balance, balances, deposits,
           credit, credit score, credit rating, score, loans, number of loans, state, home
           branch, richest, poorest, best, worst, highest, lowest, ordered, sorted, list]
params:
  customer: {type: string, optional: true, label: customer name}
  acc_type:
    type: choice
    optional: true
    choices: [saving, checking]
    synonyms: {savings: saving, savings account: saving, saving account: saving,
               deposit account: saving, checking account: checking, current account: checking,
               checkings: checking, cheque account: checking}
  state: {type: string, optional: true, label: customer's state}
  branch: {type: string, optional: true, label: home branch name}
  min_credit_score: {type: int, optional: true, min: 0, label: credit score at least}
  max_credit_score: {type: int, optional: true, min: 0, label: credit score at most}
  min_balance: {type: number, optional: true, min: 0, label: account balance at least}
  max_balance: {type: number, optional: true, min: 0, label: account balance at most}
  min_loans: {type: int, optional: true, min: 0, label: recorded loans at least}
  max_loans: {type: int, optional: true, min: 0, label: recorded loans at most}
  sort:
    type: choice
    choices: [name, lowest_balance, highest_balance, lowest_credit, highest_credit]
    default: name
    synonyms: {alphabetical: name, a to z: name, balance ascending: lowest_balance,
               poorest: lowest_balance, smallest balance: lowest_balance,
               balance descending: highest_balance, richest: highest_balance,
               largest balance: highest_balance, worst credit: lowest_credit,
               lowest score: lowest_credit, best credit: highest_credit,
               highest score: highest_credit}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n customers}
owner: "@retail-banking-analytics"
---*/
SELECT
    c.cust_ID,
    c.cust_name,
    c.acc_type,
    c.acc_bal,
    c.credit_score,
    c.no_of_loans,
    c.state,
    b.bname AS home_branch
FROM customer AS c
LEFT JOIN bank AS b ON b.branch_ID = c.branch_ID
WHERE 1 = 1
{% if customer %}AND c.cust_name = :customer
{% endif %}{% if acc_type %}AND c.acc_type = :acc_type
{% endif %}{% if state %}AND c.state = :state
{% endif %}{% if branch %}AND b.bname = :branch
{% endif %}{% if min_credit_score is not none and min_credit_score is not false %}AND c.credit_score >= :min_credit_score
{% endif %}{% if max_credit_score is not none and max_credit_score is not false %}AND c.credit_score <= :max_credit_score
{% endif %}{% if min_balance is not none and min_balance is not false %}AND c.acc_bal >= :min_balance
{% endif %}{% if max_balance is not none and max_balance is not false %}AND c.acc_bal <= :max_balance
{% endif %}{% if min_loans is not none and min_loans is not false %}AND c.no_of_loans >= :min_loans
{% endif %}{% if max_loans is not none and max_loans is not false %}AND c.no_of_loans <= :max_loans
{% endif %}ORDER BY
{% if sort == 'lowest_balance' %}c.acc_bal, c.cust_name
{% elif sort == 'highest_balance' %}c.acc_bal DESC, c.cust_name
{% elif sort == 'lowest_credit' %}c.credit_score, c.cust_name
{% elif sort == 'highest_credit' %}c.credit_score DESC, c.cust_name
{% else %}c.cust_name, c.cust_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
