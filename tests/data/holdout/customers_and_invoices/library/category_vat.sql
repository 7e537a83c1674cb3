/*---
title: VAT rates by product category
description: Each product category with its description, VAT rating and number of products.
examples:
  - what VAT do we charge on books
  - tax rating per category
  - vat table
keywords: [vat, tax, rate, rating, category, categories, product type, description]
params: {}
owner: "@finance-ops"
---*/
SELECT
    pc.production_type_code,
    pc.product_type_description,
    pc.vat_rating,
    COUNT(p.product_id) AS products
FROM Product_Categories AS pc
LEFT JOIN Products AS p ON p.production_type_code = pc.production_type_code
GROUP BY ALL
ORDER BY pc.vat_rating DESC
