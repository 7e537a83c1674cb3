/*---
title: Product catalog
description: >
  One row per product: id, name, category, description, price, parent product id, date
  first available, date discontinued, and how many complaints it has drawn. Optionally one
  product or category, or a price range (inclusive). Sorted by name (default), most or
  least expensive first, or most complaints.
examples:
  - list our products with prices
  - hardware products
  - what is the most expensive product
  - products under 50 dollars
keywords: [product, products, item, items, catalog, catalogue, category, categories, price,
           prices, cost, expensive, cheap, cheapest, description, available, launched,
           discontinued, parent product, complaints]
params:
  product: {type: string, optional: true, label: product name}
  category: {type: string, optional: true, label: product category}
  min_price: {type: number, optional: true, min: 0}
  max_price: {type: number, optional: true, min: 0}
  sort:
    type: choice
    choices: [name, highest_price, lowest_price, most_complaints]
    default: name
    synonyms: {alphabetical: name, by name: name, most expensive: highest_price,
               priciest: highest_price, highest price: highest_price,
               cheapest: lowest_price, lowest price: lowest_price,
               most complaints: most_complaints, most complained: most_complaints}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@cx-analytics"
---*/
SELECT p.product_id, p.product_name AS product, p.product_category_code AS category,
       p.product_description AS description, p.product_price AS price,
       p.parent_product_id, p.date_product_first_available AS first_available,
       p.date_product_discontinued AS discontinued,
       (SELECT COUNT(*) FROM Complaints AS cp WHERE cp.product_id = p.product_id) AS complaints
FROM Products AS p
WHERE 1 = 1
{% if product %}AND p.product_name = :product
{% endif %}{% if category %}AND p.product_category_code = :category
{% endif %}{% if min_price is not none and min_price is not false %}AND p.product_price >= :min_price
{% endif %}{% if max_price is not none and max_price is not false %}AND p.product_price <= :max_price
{% endif %}ORDER BY
{% if sort == 'highest_price' %}p.product_price DESC
{% elif sort == 'lowest_price' %}p.product_price
{% elif sort == 'most_complaints' %}complaints DESC, p.product_name
{% else %}p.product_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
