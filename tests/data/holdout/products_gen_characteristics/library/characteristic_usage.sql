/*---
title: Characteristic usage by name
description: >
  One row per characteristic name (the same name can have several definitions, e.g. a Grade
  and a Purity "hot"): how many definitions carry it, their type codes, how many distinct
  products have it, how many times it is assigned to products (a product can carry a name
  more than once), and the products' names. Unused names show zero. Optionally only names on
  at least a given number of products, or assigned at least a given number of times. By
  name (default), or most or least used first (by products, then assignments).
examples:
  - which characteristics do we actually use
  - most widespread characteristic across the range
  - characteristics found on 3 or more products
  - how often is each characteristic assigned
keywords: [characteristic, characteristics, characteristic name, names, distinct, different,
           attribute, attributes, feature, features, used, usage, use, common, popular,
           widespread, most, least, products, how many, number, count, times, assigned,
           assignments, at least, across, per characteristic]
params:
  min_products: {type: int, optional: true, min: 1, max: 100,
                 label: names on at least this many products}
  min_uses: {type: int, optional: true, min: 1, max: 100,
             label: names assigned at least this many times}
  sort:
    type: choice
    choices: [name, most_used, least_used]
    default: name
    synonyms: {alphabetical: name, by name: name, most used: most_used,
               most common: most_used, most popular: most_used, most products: most_used,
               least used: least_used, least common: least_used, rarest: least_used}
owner: "@catalogue-data"
---*/
SELECT
    ch.characteristic_name AS characteristic,
    COUNT(DISTINCT ch.characteristic_id) AS definitions,
    STRING_AGG(DISTINCT ch.characteristic_type_code, ', ' ORDER BY ch.characteristic_type_code)
        AS type_codes,
    COUNT(DISTINCT pc.product_id) AS products,
    COUNT(pc.product_id) AS uses,
    STRING_AGG(DISTINCT p.product_name, ', ' ORDER BY p.product_name) AS product_names
FROM Characteristics AS ch
LEFT JOIN Product_Characteristics AS pc ON pc.characteristic_id = ch.characteristic_id
LEFT JOIN Products AS p ON p.product_id = pc.product_id
GROUP BY ch.characteristic_name
HAVING 1 = 1
{% if min_products %}AND COUNT(DISTINCT pc.product_id) >= :min_products
{% endif %}{% if min_uses %}AND COUNT(pc.product_id) >= :min_uses
{% endif %}ORDER BY
{% if sort == 'most_used' %}products DESC, uses DESC, characteristic
{% elif sort == 'least_used' %}products, uses, characteristic
{% else %}characteristic
{% endif %}
