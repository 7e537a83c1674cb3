/*---
title: Price margins
description: >
  One row per product that has both a typical buying and a typical selling price: the two
  prices, the margin (selling minus buying) and the markup as a percentage of the buying
  price. Optionally one category. Biggest margin first (default), smallest margin first, or
  highest markup first.
examples:
  - margin per product
  - which products do we sell below cost
  - markup on the herbs
  - best margins in the range
keywords: [margin, margins, markup, mark-up, profit, profitable, profitability, loss,
           below cost, difference, spread, buying, selling, price, prices, product,
           products, per product, biggest, smallest, highest, lowest]
params:
  category:
    type: choice
    optional: true
    choices: [Herbs, Seeds, Spices]
    synonyms: {herb: Herbs, herbs: Herbs, seed: Seeds, seeds: Seeds, spice: Spices,
               spices: Spices}
  sort:
    type: choice
    choices: [biggest_margin, smallest_margin, highest_markup]
    default: biggest_margin
    synonyms: {biggest margin: biggest_margin, best margin: biggest_margin,
               most profitable: biggest_margin, smallest margin: smallest_margin,
               worst margin: smallest_margin, least profitable: smallest_margin,
               highest markup: highest_markup}
owner: "@catalogue-data"
---*/
SELECT
    p.product_id,
    p.product_name AS product,
    p.product_category_code AS category,
    p.typical_buying_price AS buying_price,
    p.typical_selling_price AS selling_price,
    ROUND(p.typical_selling_price - p.typical_buying_price, 2) AS margin,
    ROUND(100.0 * (p.typical_selling_price - p.typical_buying_price)
          / NULLIF(p.typical_buying_price, 0), 1) AS markup_percent
FROM Products AS p
WHERE p.typical_buying_price IS NOT NULL
  AND p.typical_selling_price IS NOT NULL
{% if category %}AND p.product_category_code = :category
{% endif %}ORDER BY
{% if sort == 'smallest_margin' %}margin, product
{% elif sort == 'highest_markup' %}markup_percent DESC NULLS LAST, product
{% else %}margin DESC, product
{% endif %}
