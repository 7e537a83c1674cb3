/*---
title: Product catalogue
description: >
  Every product we sell: id, name, product type (Clothes or Hardware), list price and how
  many suppliers carry it. Filter by product type, by one product name, or by a price
  range (both ends inclusive); sorted by type and name (default), cheapest first or
  priciest first.
examples:
  - show me the product list with prices
  - hardware items priced 800 to 950
  - what do our clothing items cost
  - cheapest things in the catalogue
keywords: [product, products, item, items, catalogue, catalog, price, prices, priced, cost,
           costs, costing, cheap, cheapest, expensive, priciest, product type, type,
           clothes, clothing, hardware, between, range]
params:
  product_type:
    type: choice
    optional: true
    choices: [Clothes, Hardware]
    synonyms: {clothing: Clothes, apparel: Clothes, garments: Clothes, fashion: Clothes,
               electronics: Hardware, computer hardware: Hardware, tech: Hardware,
               devices: Hardware}
  product: {type: string, optional: true, label: product name}
  min_price: {type: number, optional: true, min: 0, label: price at least}
  max_price: {type: number, optional: true, min: 0, label: price at most}
  sort:
    type: choice
    choices: [type_and_name, cheapest, priciest]
    default: type_and_name
    synonyms: {alphabetical: type_and_name, by name: type_and_name, lowest price: cheapest,
               price ascending: cheapest, least expensive: cheapest, highest price: priciest,
               most expensive: priciest, price descending: priciest}
owner: "@merchandising"
---*/
SELECT
    p.product_id,
    p.product_name,
    p.product_type_code,
    p.product_price,
    COUNT(ps.supplier_id) AS suppliers
FROM Products AS p
LEFT JOIN Product_Suppliers AS ps ON ps.product_id = p.product_id
WHERE 1 = 1
{% if product_type %}AND p.product_type_code = :product_type
{% endif %}{% if product %}AND p.product_name = :product
{% endif %}{% if min_price is not none and min_price is not false %}AND p.product_price >= :min_price
{% endif %}{% if max_price is not none and max_price is not false %}AND p.product_price <= :max_price
{% endif %}GROUP BY p.product_id, p.product_name, p.product_type_code, p.product_price
ORDER BY
{% if sort == 'cheapest' %}p.product_price, p.product_id
{% elif sort == 'priciest' %}p.product_price DESC, p.product_id
{% else %}p.product_type_code, p.product_name, p.product_id
{% endif %}
