/*---
params:
  category: {type: string}
  max_price: {type: number, default: 100}
keywords: [catalog, price list]
examples:
  - price list of Stationery products under 20
  - catalog of gardening items
description: Products of a category under a price.
title: Product catalog
name: product_catalog
---*/
SELECT p.product_name, p.unit_price
FROM products p
WHERE lower(p.category) LIKE lower(:category)
  AND p.unit_price <= :max_price
ORDER BY p.unit_price
