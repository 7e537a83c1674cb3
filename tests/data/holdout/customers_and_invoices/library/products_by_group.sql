/*---
title: Products per category, colour or size
description: Number of products and their average unit price per category (the default),
  per colour or per size.
examples:
  - product count by category
  - what colours do our products come in
  - catalogue by size
  - average price per product category
keywords: [products, product, catalogue, catalog, category, categories, type, colour, color,
           colors, size, sizes, range, average price, unit price, per, each, breakdown]
params:
  by:
    type: choice
    choices: [category, color, size]
    default: category
    synonyms: {type: category, product type: category, colour: color, colours: color,
               colors: color, sizes: size, categories: category}
owner: "@merchandising"
---*/
SELECT
{% if by == 'color' %}    product_color AS grp,
{% elif by == 'size' %}    product_size AS grp,
{% else %}    production_type_code AS grp,
{% endif %}    COUNT(*) AS products,
    ROUND(AVG(unit_price), 2) AS average_unit_price
FROM Products
GROUP BY grp
ORDER BY products DESC, grp
