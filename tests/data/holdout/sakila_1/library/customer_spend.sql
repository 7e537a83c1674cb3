/*---
title: Spend per customer
description: >
  One row per customer who has paid at least once: id, name, home store, number of
  payments, total paid, average payment, first and last payment date. Optionally one store
  or only customers who paid at least an amount in total; biggest spenders first (default)
  or smallest first.
examples:
  - who are our top spending customers
  - lifetime spend per customer for store 1
  - customers who paid 20 dollars or more in total
  - lowest spenders among paying customers
keywords: [customer, customers, client, clients, spend, spent, spending, spender, spenders,
           paid, pays, payments, payment, total, amount, money, revenue, lifetime value,
           biggest, top, least, lowest, smallest, most]
params:
  store: {type: int, optional: true, min: 1, label: home store id}
  min_total: {type: number, optional: true, min: 0, label: paid at least this much in total}
  sort:
    type: choice
    choices: [highest_total, lowest_total]
    default: highest_total
    synonyms: {top: highest_total, biggest: highest_total, most: highest_total,
               highest: highest_total, lowest: lowest_total, least: lowest_total,
               smallest: lowest_total, bottom: lowest_total}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n customers}
owner: "@finance"
---*/
SELECT
    cu.customer_id,
    cu.first_name,
    cu.last_name,
    cu.store_id,
    COUNT(*) AS payments,
    SUM(p.amount) AS total_paid,
    ROUND(AVG(p.amount), 2) AS avg_payment,
    MIN(p.payment_date) AS first_payment,
    MAX(p.payment_date) AS last_payment
FROM payment AS p
JOIN customer AS cu ON cu.customer_id = p.customer_id
WHERE 1 = 1
{% if store %}AND cu.store_id = :store
{% endif %}GROUP BY cu.customer_id, cu.first_name, cu.last_name, cu.store_id
{% if min_total is not none %}HAVING SUM(p.amount) >= :min_total
{% endif %}ORDER BY
{% if sort == 'lowest_total' %}total_paid, cu.last_name
{% else %}total_paid DESC, cu.last_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
