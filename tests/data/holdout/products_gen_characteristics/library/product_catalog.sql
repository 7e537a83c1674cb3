/*---
title: Product catalogue
description: >
  One row per product: id, name, category (Herbs, Seeds, Spices) with its description and
  unit of measure, colour (code and description), typical buying and selling price (empty
  where none is recorded), the product's description, and how many characteristics are
  recorded for it. Optionally one product by name, one category, one colour, only products
  whose typical buying or selling price is above an amount, or only products with at least a
  given number of characteristics. By name (default), by id, dearest or cheapest to buy,
  dearest to sell, or most characteristics first.
examples:
  - full product list with prices
  - what do we pay for ginger and what do we sell it for
  - all the green products
  - seeds that sell for more than 50000
  - products with three or more characteristics recorded
  - which unit is ginger sold in
keywords: [product, products, item, items, name, names, catalogue, catalog, list, all,
           category, categories, herb, herbs, seed, seeds, spice, spices, colour, color,
           colors, colours, coloured, colored, price, prices, typical, buying, buying price,
           bought, cost, selling, selling price, sold, sell, above, over, more than,
           description, unit, unit of measure, measurement, characteristics, how many,
           number, count, id, ids]
params:
  product: {type: string, optional: true, label: product name}
  category:
    type: choice
    optional: true
    choices: [Herbs, Seeds, Spices]
    synonyms: {herb: Herbs, herbs: Herbs, seed: Seeds, seeds: Seeds, spice: Spices,
               spices: Spices}
  color:
    type: choice
    optional: true
    choices: [red, green, yellow, blue, black, white, purple, gray]
    synonyms: {grey: gray, violet: purple}
  buying_price_above: {type: number, optional: true, min: 0, label: typical buying price above}
  selling_price_above: {type: number, optional: true, min: 0, label: typical selling price above}
  min_characteristics: {type: int, optional: true, min: 1, max: 50,
                        label: at least this many characteristics}
  sort:
    type: choice
    choices: [name, id, dearest_to_buy, cheapest_to_buy, dearest_to_sell, most_characteristics]
    default: name
    synonyms: {alphabetical: name, by name: name, by id: id, product id: id,
               most expensive: dearest_to_buy, highest buying price: dearest_to_buy,
               costliest: dearest_to_buy, cheapest: cheapest_to_buy,
               lowest buying price: cheapest_to_buy, highest selling price: dearest_to_sell,
               most characteristics: most_characteristics}
owner: "@catalogue-data"
---*/
SELECT
    p.product_id,
    p.product_name AS product,
    p.product_category_code AS category,
    rc.product_category_description AS category_description,
    RTRIM(rc.unit_of_measure) AS unit_of_measure,
    p.color_code,
    col.color_description AS color,
    p.typical_buying_price AS buying_price,
    p.typical_selling_price AS selling_price,
    p.product_description AS description,
    (SELECT COUNT(*) FROM Product_Characteristics AS pc
      WHERE pc.product_id = p.product_id) AS characteristics
FROM Products AS p
LEFT JOIN Ref_Product_Categories AS rc ON rc.product_category_code = p.product_category_code
LEFT JOIN Ref_Colors AS col ON col.color_code = p.color_code
WHERE 1 = 1
{% if product %}AND p.product_name = :product
{% endif %}{% if category %}AND p.product_category_code = :category
{% endif %}{% if color %}AND col.color_description = :color
{% endif %}{% if buying_price_above %}AND p.typical_buying_price > :buying_price_above
{% endif %}{% if selling_price_above %}AND p.typical_selling_price > :selling_price_above
{% endif %}{% if min_characteristics %}AND (SELECT COUNT(*) FROM Product_Characteristics AS pc
      WHERE pc.product_id = p.product_id) >= :min_characteristics
{% endif %}ORDER BY
{% if sort == 'id' %}p.product_id
{% elif sort == 'dearest_to_buy' %}p.typical_buying_price DESC NULLS LAST, p.product_name
{% elif sort == 'cheapest_to_buy' %}p.typical_buying_price NULLS LAST, p.product_name
{% elif sort == 'dearest_to_sell' %}p.typical_selling_price DESC NULLS LAST, p.product_name
{% elif sort == 'most_characteristics' %}characteristics DESC, p.product_name
{% else %}p.product_name, p.product_id
{% endif %}
