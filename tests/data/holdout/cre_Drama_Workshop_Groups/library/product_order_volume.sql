/*---
title: Quantity ordered per product
description: >
  How much of each product customers ordered: per product name (default) or per single
  product (id and price), the number of order lines and the total quantity. Optionally one
  product name. Largest total first.
examples:
  - total quantity ordered per product
  - how many photo products were ordered
  - best selling product
  - order volume by product id
keywords: [quantity, quantities, ordered, total, volume, units, sold, sales, best selling,
           popular, product, products, per product, by product, order lines]
params:
  by:
    type: choice
    choices: [product_name, product]
    default: product_name
    synonyms: {per product name: product_name, by name: product_name, by product id: product,
               per product id: product, each product: product}
  product:
    type: choice
    optional: true
    label: product name
    choices: [photo, film, dinning]
    synonyms: {photos: photo, films: film, dining: dinning}
owner: "@drama-ops"
---*/
SELECT
{% if by == 'product' %}p.Product_ID AS product_id, p.Product_Name AS product, p.Product_Price AS price,
{% else %}p.Product_Name AS product,
{% endif %}COUNT(*) AS order_lines, SUM(i.Order_Quantity) AS total_quantity
FROM Order_Items AS i
JOIN Products AS p ON p.Product_ID = i.Product_ID
WHERE 1 = 1
{% if product %}AND p.Product_Name = :product
{% endif %}GROUP BY {% if by == 'product' %}p.Product_ID, p.Product_Name, p.Product_Price{% else %}p.Product_Name{% endif %}
ORDER BY total_quantity DESC, 1
