/*---
title: Customer directory
description: >
  One row per customer, whether or not they have ordered: customer id, name, details and
  number of orders. Optionally one customer by name. By name (default) or by customer id.
examples:
  - customer list
  - what do we have on file for Chaz
  - customer ids and names
keywords: [customer, customers, directory, name, names, customer id, details, on file,
           contact, list, all]
params:
  customer: {type: string, optional: true, label: customer name}
  sort:
    type: choice
    choices: [name, customer_id]
    default: name
    synonyms: {by name: name, alphabetical: name, by id: customer_id}
owner: "@ops-analytics"
---*/
SELECT
    c.customer_id,
    c.customer_name,
    c.customer_details,
    (SELECT COUNT(*) FROM Orders AS o WHERE o.customer_id = c.customer_id) AS orders
FROM Customers AS c
WHERE 1 = 1
{% if customer %}AND c.customer_name = :customer
{% endif %}ORDER BY
{% if sort == 'customer_id' %}c.customer_id
{% else %}c.customer_name, c.customer_id
{% endif %}
