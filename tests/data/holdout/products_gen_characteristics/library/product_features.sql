/*---
title: Product characteristics
description: >
  One row per characteristic recorded on a product: the product (id, name, category, colour),
  the characteristic (id, name, type code Grade or Purity, data type) and the value recorded
  (low, medium, high). Optionally one product by name, one characteristic name, one type,
  one colour, one category or one value. By product (default) or by characteristic.
examples:
  - what characteristics does basil have
  - which products are marked slow
  - grade characteristics of peper
  - blue products and their characteristics
  - products with a high purity value
keywords: [characteristic, characteristics, attribute, attributes, feature, features,
           property, properties, product, products, which, have, has, with, name, names,
           type, type code, grade, purity, data type, value, values, low, medium, high,
           colour, color, category, how many, number, count]
params:
  product: {type: string, optional: true, label: product name}
  characteristic: {type: string, optional: true, label: characteristic name}
  type:
    type: choice
    optional: true
    choices: [Grade, Purity]
    synonyms: {grade: Grade, grades: Grade, purity: Purity}
  color:
    type: choice
    optional: true
    choices: [red, green, yellow, blue, black, white, purple, gray]
    synonyms: {grey: gray, violet: purple}
  category:
    type: choice
    optional: true
    choices: [Herbs, Seeds, Spices]
    synonyms: {herb: Herbs, herbs: Herbs, seed: Seeds, seeds: Seeds, spice: Spices,
               spices: Spices}
  value:
    type: choice
    optional: true
    choices: [low, medium, high]
    synonyms: {med: medium, mid: medium}
  sort:
    type: choice
    choices: [product, characteristic]
    default: product
    synonyms: {by product: product, by characteristic: characteristic}
owner: "@catalogue-data"
---*/
SELECT
    p.product_id,
    p.product_name AS product,
    p.product_category_code AS category,
    col.color_description AS color,
    ch.characteristic_id,
    ch.characteristic_name AS characteristic,
    ch.characteristic_type_code AS type_code,
    ch.characteristic_data_type AS data_type,
    pc.product_characteristic_value AS value
FROM Product_Characteristics AS pc
JOIN Products AS p ON p.product_id = pc.product_id
JOIN Characteristics AS ch ON ch.characteristic_id = pc.characteristic_id
LEFT JOIN Ref_Colors AS col ON col.color_code = p.color_code
WHERE 1 = 1
{% if product %}AND p.product_name = :product
{% endif %}{% if characteristic %}AND ch.characteristic_name = :characteristic
{% endif %}{% if type %}AND ch.characteristic_type_code = :type
{% endif %}{% if color %}AND col.color_description = :color
{% endif %}{% if category %}AND p.product_category_code = :category
{% endif %}{% if value %}AND pc.product_characteristic_value = :value
{% endif %}ORDER BY
{% if sort == 'characteristic' %}ch.characteristic_name, p.product_name, ch.characteristic_id
{% else %}p.product_name, ch.characteristic_name, ch.characteristic_id
{% endif %}
