/*---
title: Product catalogue
description: >
  One row per software product: product id, name and details. Optionally one product id or
  product name. Sorted by name (default) or product id.
examples:
  - list all products
  - product catalogue
  - what are the details of the yellow product
  - product ids and names
keywords: [product, products, app, apps, application, applications, catalogue, catalog,
           product id, product name, details, software]
params:
  product_id: {type: int, optional: true, min: 1, max: 1000000, label: product id}
  product: {type: string, optional: true, label: product name}
  sort:
    type: choice
    choices: [name, product_id]
    default: name
    synonyms: {alphabetical: name, by name: name, by id: product_id, id: product_id}
owner: "@support-analytics"
---*/
SELECT pr.product_id, pr.product_name AS product, pr.product_details AS details
FROM Product AS pr
WHERE 1 = 1
{% if product_id %}AND pr.product_id = :product_id
{% endif %}{% if product %}AND pr.product_name = :product
{% endif %}ORDER BY
{% if sort == 'product_id' %}pr.product_id
{% else %}pr.product_name
{% endif %}
