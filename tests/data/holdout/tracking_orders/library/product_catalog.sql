/*---
title: Product catalogue
description: >
  One row per product: product id, name (food, book, clothes, phone, music) and details.
  Optionally one product name. By name (default) or by product id.
examples:
  - what products do we carry
  - all the phones in the catalogue
  - product ids and names
keywords: [product, products, catalogue, catalog, product name, names, product id, ids,
           details, carry, sell, range, list, all, distinct, alphabetical]
params:
  product: {type: string, optional: true, label: product name}
  sort:
    type: choice
    choices: [name, product_id]
    default: name
    synonyms: {by name: name, alphabetical: name, alphabetically: name, a-z: name,
               by id: product_id}
owner: "@ops-analytics"
---*/
SELECT product_id, product_name, product_details
FROM Products
WHERE 1 = 1
{% if product %}AND product_name = :product
{% endif %}ORDER BY
{% if sort == 'product_id' %}product_id
{% else %}product_name, product_id
{% endif %}
