/*---
title: Customer directory
description: >
  One row per customer: customer id, name, payment method (Cash, Cheque, Credit Card), when
  they became a customer and the other details on file (VIP or empty). Optionally one payment
  method, a piece of the name (matched anywhere in it), a range of customer ids (both ends
  inclusive). By name (default), by id, newest or oldest customers first.
examples:
  - customer list with how each one pays
  - everyone who pays by credit card
  - which customers have Smith somewhere in their name
  - customers 3 to 8
  - who joined us most recently
keywords: [customer, customers, client, clients, name, names, full name, who, payment, pays,
           paying, payment method, cash, cheque, check, credit card, card, became customer,
           joined, signed up, since, customer since, date, id, ids, between, contains, vip,
           details, how many, number, count, total, all, list, directory]
params:
  payment_method:
    type: choice
    optional: true
    choices: [Cash, Cheque, Credit Card]
    synonyms: {cash: Cash, in cash: Cash, cheque: Cheque, cheques: Cheque, check: Cheque,
               checks: Cheque, by check: Cheque, credit card: Credit Card, credit cards: Credit Card,
               card: Credit Card, by card: Credit Card, credit: Credit Card, cc: Credit Card}
  name_contains: {type: string, optional: true, values: none, label: part of the customer's name}
  min_customer_id: {type: int, optional: true, min: 1, max: 1000000, label: lowest customer id}
  max_customer_id: {type: int, optional: true, min: 1, max: 1000000, label: highest customer id}
  sort:
    type: choice
    choices: [name, id, newest, oldest]
    default: name
    synonyms: {by name: name, alphabetical: name, by id: id, customer id: id,
               newest: newest, most recent: newest, latest: newest, newest first: newest,
               oldest: oldest, earliest: oldest, longest standing: oldest, first: oldest}
owner: "@cx-analytics"
---*/
SELECT
    c.customer_id,
    c.customer_name,
    c.payment_method,
    c.date_became_customer,
    c.other_customer_details
FROM Customers AS c
WHERE 1 = 1
{% if payment_method %}AND c.payment_method = :payment_method
{% endif %}{% if name_contains %}AND c.customer_name ILIKE '%' || :name_contains || '%'
{% endif %}{% if min_customer_id is not none and min_customer_id is not false %}AND c.customer_id >= :min_customer_id
{% endif %}{% if max_customer_id is not none and max_customer_id is not false %}AND c.customer_id <= :max_customer_id
{% endif %}ORDER BY
{% if sort == 'id' %}c.customer_id
{% elif sort == 'newest' %}c.date_became_customer DESC, c.customer_id
{% elif sort == 'oldest' %}c.date_became_customer, c.customer_id
{% else %}c.customer_name, c.customer_id
{% endif %}
