/*---
title: Price comparison per product
description: >
  Every product name with the number of offers in the catalogue, the manufacturers offering it,
  the lowest and highest price, and the code and maker of the cheapest offer. Optionally one
  product.
examples:
  - compare supplier prices product by product
  - who sells Memory cheapest
  - products offered by more than one supplier
keywords: [compare, comparison, price comparison, offers, offer, sourcing, best price, lowest
           price, cheapest offer, cheapest, product, products, each product, per product,
           category, type, kind, suppliers, manufacturers, code]
params:
  product: {type: string, optional: true, label: product name}
owner: "@procurement-analytics"
---*/
SELECT
    p.Name AS product,
    COUNT(*) AS offers,
    string_agg(m.Name, ', ' ORDER BY p.Price, m.Name) AS manufacturers,
    MIN(p.Price) AS lowest_price,
    MAX(p.Price) AS highest_price,
    arg_min(p.Code, p.Price) AS cheapest_code,
    arg_min(m.Name, p.Price) AS cheapest_manufacturer
FROM Products AS p
JOIN Manufacturers AS m ON m.Code = p.Manufacturer
WHERE 1 = 1
{% if product %}AND p.Name = :product
{% endif %}GROUP BY p.Name
ORDER BY p.Name
