/*---
title: Products with missing prices
description: >
  Data-quality check: one row per product whose typical buying price or typical selling
  price is not recorded, with the price that is there and which one is missing. Optionally
  only the products missing a buying price or only those missing a selling price.
examples:
  - products with no price on file
  - which items have no typical buying price
  - price data gaps in the catalogue
keywords: [missing, no price, without price, blank, empty, gap, gaps, not recorded,
           unknown, data quality, buying price, selling price, price, prices, product,
           products, which]
params:
  missing:
    type: choice
    choices: [any, buying, selling]
    default: any
    synonyms: {either: any, buying price: buying, buy price: buying, cost: buying,
               selling price: selling, sell price: selling}
owner: "@catalogue-data"
---*/
SELECT
    p.product_id,
    p.product_name AS product,
    p.product_category_code AS category,
    p.typical_buying_price AS buying_price,
    p.typical_selling_price AS selling_price,
    CASE
        WHEN p.typical_buying_price IS NULL AND p.typical_selling_price IS NULL THEN 'both'
        WHEN p.typical_buying_price IS NULL THEN 'buying'
        ELSE 'selling'
    END AS missing_price
FROM Products AS p
WHERE
{% if missing == 'buying' %}p.typical_buying_price IS NULL
{% elif missing == 'selling' %}p.typical_selling_price IS NULL
{% else %}(p.typical_buying_price IS NULL OR p.typical_selling_price IS NULL)
{% endif %}ORDER BY p.product_name
