/*---
title: Product price statistics
description: >
  Per product name (photo, film, dinning): how many products carry it and their average,
  lowest and highest price. Optionally one product name. Highest average first.
examples:
  - average price per product type
  - price stats for film products
  - min and max price by product
keywords: [average, avg, mean, price, prices, product, products, statistics, stats, min, max,
           lowest, highest, per product, by product]
params:
  product:
    type: choice
    optional: true
    label: product name
    choices: [photo, film, dinning]
    synonyms: {photos: photo, films: film, dining: dinning}
owner: "@drama-ops"
---*/
SELECT Product_Name AS product, COUNT(*) AS products, AVG(Product_Price) AS avg_price,
       MIN(Product_Price) AS min_price, MAX(Product_Price) AS max_price
FROM Products
WHERE 1 = 1
{% if product %}AND Product_Name = :product
{% endif %}GROUP BY Product_Name
ORDER BY avg_price DESC
