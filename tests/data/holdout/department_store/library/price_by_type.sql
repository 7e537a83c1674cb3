/*---
title: Prices by product type
description: >
  One row per product type (Clothes, Hardware): number of products, average, lowest and
  highest list price, ordered by type name.
examples:
  - price range per product category
  - what does a typical hardware item cost compared with clothing
  - product types with their price spread
keywords: [product type, product types, type, types, category, categories, price, prices,
           average, mean, typical, lowest, highest, minimum, maximum, cheapest, dearest,
           spread, range, clothes, clothing, hardware, per type, each type, how many types]
owner: "@merchandising"
---*/
SELECT
    product_type_code,
    COUNT(*) AS products,
    ROUND(AVG(product_price), 2) AS average_price,
    MIN(product_price) AS lowest_price,
    MAX(product_price) AS highest_price
FROM Products
GROUP BY product_type_code
ORDER BY product_type_code
