/*---
title: Customer balances
description: >
  One row per customer: customer id, name, checking balance, savings balance (empty when the
  customer has no such account) and the two added together (a missing account adds 0). Optionally one customer by name, names
  containing some letters, or thresholds (strict: more than / less than) on the checking,
  savings or total balance. Sorted by the largest total (default), the largest checking or
  savings balance, the smallest total, checking or savings balance, or by name.
examples:
  - balances for every customer
  - customers with the biggest combined balance
  - who has the smallest savings balance
  - checking and savings of each client sorted by total
  - customers with more than 100k in savings
keywords: [customer, customers, client, clients, account holder, balance, balances, checking,
           current account, savings, saving, total, combined, sum, richest, wealthiest,
           lowest, highest, smallest, largest]
params:
  customer: {type: string, optional: true, label: customer name}
  name_contains: {type: string, optional: true, label: name contains}
  min_checking: {type: number, optional: true, label: checking balance above}
  max_checking: {type: number, optional: true, label: checking balance below}
  min_savings: {type: number, optional: true, label: savings balance above}
  max_savings: {type: number, optional: true, label: savings balance below}
  min_total: {type: number, optional: true, label: total balance above}
  max_total: {type: number, optional: true, label: total balance below}
  sort:
    type: choice
    choices: [total, checking, savings, lowest_total, lowest_checking, lowest_savings, name]
    default: total
    synonyms: {combined: total, total balance: total, biggest: total, richest: total,
               highest checking: checking, highest savings: savings,
               smallest total: lowest_total, lowest total: lowest_total, poorest: lowest_total,
               lowest checking: lowest_checking, lowest savings: lowest_savings,
               alphabetical: name, by name: name, a-z: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-banking-analytics"
---*/
SELECT a.custid AS customer_id, a.name AS customer,
       c.balance AS checking_balance,
       s.balance AS savings_balance,
       COALESCE(c.balance, 0) + COALESCE(s.balance, 0) AS total_balance
FROM ACCOUNTS AS a
LEFT JOIN CHECKING AS c ON c.custid = a.custid
LEFT JOIN SAVINGS AS s ON s.custid = a.custid
WHERE 1 = 1
{% if customer %}AND lower(a.name) = lower(:customer)
{% endif %}{% if name_contains %}AND a.name ILIKE '%' || :name_contains || '%'
{% endif %}{% if min_checking is not none %}AND c.balance > :min_checking
{% endif %}{% if max_checking is not none %}AND c.balance < :max_checking
{% endif %}{% if min_savings is not none %}AND s.balance > :min_savings
{% endif %}{% if max_savings is not none %}AND s.balance < :max_savings
{% endif %}{% if min_total is not none %}AND COALESCE(c.balance, 0) + COALESCE(s.balance, 0) > :min_total
{% endif %}{% if max_total is not none %}AND COALESCE(c.balance, 0) + COALESCE(s.balance, 0) < :max_total
{% endif %}ORDER BY
{% if sort == 'checking' %}checking_balance DESC NULLS LAST
{% elif sort == 'savings' %}savings_balance DESC NULLS LAST
{% elif sort == 'lowest_total' %}total_balance ASC
{% elif sort == 'lowest_checking' %}checking_balance ASC NULLS LAST
{% elif sort == 'lowest_savings' %}savings_balance ASC NULLS LAST
{% elif sort == 'name' %}customer ASC
{% else %}total_balance DESC
{% endif %}, customer_id
{% if n %}LIMIT :n{% endif %}
