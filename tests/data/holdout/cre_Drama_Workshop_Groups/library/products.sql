/*---
title: Product price list
description: >
  Our products with id, name (photo, film or dinning) and price. Optionally one product
  name, or prices within bounds (inclusive). Cheapest first by default, or most expensive
  first; optionally only the first n.
examples:
  - product price list
  - film products and their prices
  - products costing over 10000
  - most expensive product
  - cheapest 3 products
keywords: [product, products, price, prices, priced, cost, costs, expensive, cheap, cheapest,
           pricy, catalogue, catalog, price list]
params:
  product:
    type: choice
    optional: true
    label: product name
    choices: [photo, film, dinning]
    synonyms: {photos: photo, photography: photo, films: film, filming: film, movie: film,
               dining: dinning, dinner: dinning, catering: dinning}
  min_price: {type: number, optional: true, min: 0, label: price at least}
  max_price: {type: number, optional: true, min: 0, label: price at most}
  sort:
    type: choice
    choices: [cheapest, most_expensive]
    default: cheapest
    synonyms: {ascending: cheapest, lowest first: cheapest, by price: cheapest,
               descending: most_expensive, highest first: most_expensive,
               priciest: most_expensive, most expensive: most_expensive}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@drama-ops"
---*/
SELECT Product_ID AS product_id, Product_Name AS product, Product_Price AS price
FROM Products
WHERE 1 = 1
{% if product %}AND Product_Name = :product
{% endif %}{% if min_price is not none %}AND Product_Price >= :min_price
{% endif %}{% if max_price is not none %}AND Product_Price <= :max_price
{% endif %}ORDER BY {% if sort == 'most_expensive' %}Product_Price DESC{% else %}Product_Price{% endif %}, Product_ID
{% if n %}LIMIT :n
{% endif %}
