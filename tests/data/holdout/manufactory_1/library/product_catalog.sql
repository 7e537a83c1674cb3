/*---
title: Product catalogue
description: >
  Every product in the catalogue with its code, name, price and its manufacturer (code, name,
  headquarter city). Optionally one manufacturer's products or a price range; sorted by name,
  cheapest first or most expensive first (then by name); cut to the first n.
examples:
  - show me the catalogue with prices
  - products under 100 dollars
  - what does Iomega supply
  - the 3 priciest items we stock
  - items priced from 50 to 90
keywords: [product, products, item, items, catalogue, catalog, sku, skus, price, prices, priced,
           cost, costs, cheap, cheapest, expensive, priciest, dearest, stock, store, range,
           manufacturer, supplier, made by, list]
params:
  manufacturer: {type: string, optional: true, label: manufacturer name}
  min_price: {type: number, optional: true, min: 0, label: price at least}
  max_price: {type: number, optional: true, min: 0, label: price at most}
  sort:
    type: choice
    choices: [name, cheapest, most_expensive]
    default: name
    synonyms: {alphabetical: name, a to z: name, lowest price: cheapest, price ascending: cheapest,
               least expensive: cheapest, priciest: most_expensive, dearest: most_expensive,
               highest price: most_expensive, price descending: most_expensive}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n products}
owner: "@procurement-analytics"
---*/
SELECT
    p.Code,
    p.Name,
    p.Price,
    p.Manufacturer AS manufacturer_code,
    m.Name AS manufacturer,
    m.Headquarter AS manufacturer_headquarter
FROM Products AS p
JOIN Manufacturers AS m ON m.Code = p.Manufacturer
WHERE 1 = 1
{% if manufacturer %}AND m.Name = :manufacturer
{% endif %}{% if min_price %}AND p.Price >= :min_price
{% endif %}{% if max_price %}AND p.Price <= :max_price
{% endif %}ORDER BY
{% if sort == 'cheapest' %}p.Price, p.Name
{% elif sort == 'most_expensive' %}p.Price DESC, p.Name
{% else %}p.Name, p.Code
{% endif %}{% if n %}LIMIT :n
{% endif %}
