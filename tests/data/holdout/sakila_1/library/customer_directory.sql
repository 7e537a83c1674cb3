/*---
title: Customer directory
description: >
  One row per customer: id, first and last name, email, home store, whether the account is
  active, date created, street address, city and country. Optionally customers by first or
  last name, of one store, of one country, or only active (or only inactive) accounts; by
  last name.
examples:
  - email address of customer MARY SMITH
  - list the inactive customer accounts
  - customers registered at store 2
  - our customers in Canada
keywords: [customer, customers, client, clients, member, members, account, accounts, email,
           e-mail, address, lives, live, home, city, country, store, active, inactive,
           disabled, signed up, created, directory, contact, name, first name, last name]
params:
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  store: {type: int, optional: true, min: 1, label: home store id}
  country: {type: string, optional: true, label: country name}
  active: {type: bool, optional: true, label: active accounts only (false for inactive)}
owner: "@customer-care"
---*/
SELECT
    cu.customer_id,
    cu.first_name,
    cu.last_name,
    cu.email,
    cu.store_id,
    cu.active,
    cu.create_date,
    a.address,
    ci.city,
    co.country
FROM customer AS cu
JOIN address AS a ON a.address_id = cu.address_id
JOIN city AS ci ON ci.city_id = a.city_id
JOIN country AS co ON co.country_id = ci.country_id
WHERE 1 = 1
{% if first_name %}AND cu.first_name = :first_name
{% endif %}{% if last_name %}AND cu.last_name = :last_name
{% endif %}{% if store %}AND cu.store_id = :store
{% endif %}{% if country %}AND co.country = :country
{% endif %}{% if active is not none %}AND cu.active = :active
{% endif %}ORDER BY cu.last_name, cu.first_name
