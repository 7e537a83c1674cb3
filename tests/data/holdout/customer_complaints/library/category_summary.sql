/*---
title: Products by category
description: >
  One row per product category: how many products, the average, lowest and highest price,
  and how many complaints the category's products have drawn. Most products first
  (default), highest average price, or most complaints.
examples:
  - average price per category
  - how many products in each category
  - which category gets the most complaints
keywords: [category, categories, per category, each category, by category, product
           category, average price, mean price, cheapest, most expensive, how many products,
           number of products, complaints]
params:
  sort:
    type: choice
    choices: [most_products, highest_average_price, most_complaints, category]
    default: most_products
    synonyms: {most: most_products, most expensive: highest_average_price,
               highest price: highest_average_price, most complaints: most_complaints,
               alphabetical: category}
owner: "@cx-analytics"
---*/
SELECT p.product_category_code AS category, COUNT(*) AS products,
       ROUND(AVG(p.product_price), 2) AS average_price, MIN(p.product_price) AS lowest_price,
       MAX(p.product_price) AS highest_price,
       SUM((SELECT COUNT(*) FROM Complaints AS cp WHERE cp.product_id = p.product_id)) AS complaints
FROM Products AS p
GROUP BY p.product_category_code
ORDER BY
{% if sort == 'highest_average_price' %}average_price DESC
{% elif sort == 'most_complaints' %}complaints DESC, category
{% elif sort == 'category' %}category
{% else %}products DESC, category
{% endif %}
