/*---
title: Product categories
description: >
  One row per product category (Herbs, Seeds, Spices): its code, description and unit of
  measure, how many products it holds, and the average typical buying and selling price of
  those products (over the prices recorded). Optionally one category. By code (default) or
  most products first.
examples:
  - what units are the categories measured in
  - category reference table
  - how many products per category
  - average selling price of seeds
keywords: [category, categories, category code, code, product category, herb, herbs, seed,
           seeds, spice, spices, description, unit, unit of measure, unit of measurement,
           measure, measured, measurement, handful, weight, pound, kilo, products, how many,
           number, per category, each category, average, price]
params:
  category:
    type: choice
    optional: true
    choices: [Herbs, Seeds, Spices]
    synonyms: {herb: Herbs, herbs: Herbs, seed: Seeds, seeds: Seeds, spice: Spices,
               spices: Spices}
  sort:
    type: choice
    choices: [code, most_products]
    default: code
    synonyms: {by code: code, alphabetical: code, most products: most_products,
               biggest: most_products, largest: most_products}
owner: "@catalogue-data"
---*/
SELECT
    rc.product_category_code AS category,
    rc.product_category_description AS description,
    RTRIM(rc.unit_of_measure) AS unit_of_measure,
    COUNT(p.product_id) AS products,
    ROUND(AVG(p.typical_buying_price), 2) AS average_buying_price,
    ROUND(AVG(p.typical_selling_price), 2) AS average_selling_price
FROM Ref_Product_Categories AS rc
LEFT JOIN Products AS p ON p.product_category_code = rc.product_category_code
WHERE 1 = 1
{% if category %}AND rc.product_category_code = :category
{% endif %}GROUP BY rc.product_category_code, rc.product_category_description, rc.unit_of_measure
ORDER BY
{% if sort == 'most_products' %}products DESC, category
{% else %}category
{% endif %}
