/*---
title: Colours and their products
description: >
  One row per colour in the colour reference list (code and description), with how many
  products have that colour (zero included) and their names. Optionally one colour, or only
  colours with at least a given number of products. By code (default), by description, or
  most or fewest products first.
examples:
  - colour reference list
  - which colour do most of our products come in
  - how many products are blue
  - colours with at least 3 products
keywords: [colour, colours, color, colors, colour code, color code, code, description,
           descriptions, reference, list, all, products, how many, number, count, per colour,
           each colour, most, fewest, least, common, popular, rare, used, usage]
params:
  color:
    type: choice
    optional: true
    choices: [red, green, yellow, blue, black, white, purple, gray]
    synonyms: {grey: gray, violet: purple}
  min_products: {type: int, optional: true, min: 1, max: 100,
                 label: colours with at least this many products}
  sort:
    type: choice
    choices: [code, description, most_products, fewest_products]
    default: code
    synonyms: {by code: code, by description: description, alphabetical: description,
               most products: most_products, most common: most_products,
               most popular: most_products, most used: most_products,
               fewest products: fewest_products, least common: fewest_products,
               least used: fewest_products, rarest: fewest_products}
owner: "@catalogue-data"
---*/
SELECT
    col.color_code,
    col.color_description AS color,
    COUNT(p.product_id) AS products,
    STRING_AGG(p.product_name, ', ' ORDER BY p.product_name) AS product_names
FROM Ref_Colors AS col
LEFT JOIN Products AS p ON p.color_code = col.color_code
WHERE 1 = 1
{% if color %}AND col.color_description = :color
{% endif %}GROUP BY col.color_code, col.color_description
{% if min_products %}HAVING COUNT(p.product_id) >= :min_products
{% endif %}ORDER BY
{% if sort == 'description' %}color
{% elif sort == 'most_products' %}products DESC, color
{% elif sort == 'fewest_products' %}products, color
{% else %}col.color_code
{% endif %}
