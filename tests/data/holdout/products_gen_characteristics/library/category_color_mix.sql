/*---
title: Colours within each category
description: >
  One row per product category and colour that occur together: how many products of that
  category have that colour, and their names. Optionally one category. By category then
  colour (default), or most products first.
examples:
  - colour mix of the spices
  - how many green herbs do we carry
  - colour breakdown per category
keywords: [colour, colours, color, colors, category, categories, mix, breakdown, split, per
           category, by category, herb, herbs, seed, seeds, spice, spices, products, how
           many, number, count]
params:
  category:
    type: choice
    optional: true
    choices: [Herbs, Seeds, Spices]
    synonyms: {herb: Herbs, herbs: Herbs, seed: Seeds, seeds: Seeds, spice: Spices,
               spices: Spices}
  sort:
    type: choice
    choices: [category, most_products]
    default: category
    synonyms: {by category: category, most products: most_products, most common: most_products}
owner: "@catalogue-data"
---*/
SELECT
    p.product_category_code AS category,
    col.color_description AS color,
    COUNT(*) AS products,
    STRING_AGG(p.product_name, ', ' ORDER BY p.product_name) AS product_names
FROM Products AS p
JOIN Ref_Colors AS col ON col.color_code = p.color_code
WHERE 1 = 1
{% if category %}AND p.product_category_code = :category
{% endif %}GROUP BY p.product_category_code, col.color_description
ORDER BY
{% if sort == 'most_products' %}products DESC, category, color
{% else %}category, color
{% endif %}
