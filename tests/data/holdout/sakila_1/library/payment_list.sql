/*---
title: Payment ledger
description: >
  One row per payment: id, date and time, amount, the paying customer's id and name, the
  staff id that took it and the rental it pays for. Optionally the payments of one customer
  (first and/or last name), of one staff id, or of at least an amount; newest first
  (default), oldest first, largest or smallest first.
examples:
  - latest payments received
  - payments made by MARY SMITH
  - payments of 9.99 and up
  - smallest payments on record
keywords: [payment, payments, paid, pay, transaction, transactions, ledger, receipt, amount,
           charge, charges, money, date, when, time, customer, staff, largest, biggest,
           smallest, earliest, oldest, first, latest, newest, recent, last]
params:
  first_name: {type: string, optional: true, label: customer's first name}
  last_name: {type: string, optional: true, label: customer's last name}
  staff_id: {type: int, optional: true, min: 1, label: staff id}
  min_amount: {type: number, optional: true, min: 0, label: amount at least}
  sort:
    type: choice
    choices: [latest, earliest, largest, smallest]
    default: latest
    synonyms: {newest: latest, most recent: latest, recent: latest, oldest: earliest,
               first: earliest, biggest: largest, highest: largest, lowest: smallest}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n payments}
owner: "@finance"
---*/
SELECT
    p.payment_id,
    p.payment_date,
    p.amount,
    p.customer_id,
    cu.first_name,
    cu.last_name,
    p.staff_id,
    p.rental_id
FROM payment AS p
JOIN customer AS cu ON cu.customer_id = p.customer_id
WHERE 1 = 1
{% if first_name %}AND cu.first_name = :first_name
{% endif %}{% if last_name %}AND cu.last_name = :last_name
{% endif %}{% if staff_id %}AND p.staff_id = :staff_id
{% endif %}{% if min_amount is not none %}AND p.amount >= :min_amount
{% endif %}ORDER BY
{% if sort == 'earliest' %}p.payment_date, p.payment_id
{% elif sort == 'largest' %}p.amount DESC, p.payment_date
{% elif sort == 'smallest' %}p.amount, p.payment_date
{% else %}p.payment_date DESC, p.payment_id DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
