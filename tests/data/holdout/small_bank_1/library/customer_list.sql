/*---
title: Customer list
description: >
  The bank's customers: customer id and name, one row each, with no balances. Optionally
  names containing some letters. Sorted by name (default) or by customer id.
examples:
  - list all customers
  - customer names a to z
  - customers whose name has "an" in it
  - customer ids and names
keywords: [customer, customers, clients, names, name, id, ids, roster, list, directory,
           alphabetical]
params:
  name_contains: {type: string, optional: true, label: name contains}
  sort:
    type: choice
    choices: [name, id]
    default: name
    synonyms: {alphabetical: name, a-z: name, customer id: id, by id: id, number: id}
owner: "@retail-banking-analytics"
---*/
SELECT a.custid AS customer_id, a.name AS customer
FROM ACCOUNTS AS a
WHERE 1 = 1
{% if name_contains %}AND a.name ILIKE '%' || :name_contains || '%'
{% endif %}ORDER BY {% if sort == 'id' %}a.custid{% else %}a.name, a.custid{% endif %}
