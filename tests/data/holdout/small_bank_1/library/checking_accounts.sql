/*---
title: Checking accounts
description: >
  One row per checking account: the holder's customer id and name and the balance.
  Optionally balances above or below an amount (strict). Largest balance first (default) or
  smallest first; optionally only the first n.
examples:
  - top 5 checking accounts
  - checking accounts under 1000
  - smallest checking balances
  - list checking balances
keywords: [checking, checking account, checking accounts, current account, chequing, cheque, balance,
           top, largest, smallest, holders]
params:
  min_balance: {type: number, optional: true, label: balance above}
  max_balance: {type: number, optional: true, label: balance below}
  sort:
    type: choice
    choices: [largest, smallest]
    default: largest
    synonyms: {highest: largest, biggest: largest, descending: largest, top: largest,
               lowest: smallest, ascending: smallest, bottom: smallest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-banking-analytics"
---*/
SELECT s.custid AS customer_id, a.name AS customer, s.balance AS checking_balance
FROM CHECKING AS s
JOIN ACCOUNTS AS a ON a.custid = s.custid
WHERE 1 = 1
{% if min_balance is not none %}AND s.balance > :min_balance
{% endif %}{% if max_balance is not none %}AND s.balance < :max_balance
{% endif %}ORDER BY s.balance {% if sort == 'smallest' %}ASC{% else %}DESC{% endif %}, s.custid
{% if n %}LIMIT :n{% endif %}
