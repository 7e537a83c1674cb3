/*---
title: Products by maximum page size
description: >
  The catalogue grouped by maximum page size: number of products, their names, average,
  slowest and fastest colour speed (pages per minute). Optionally only page sizes with at
  least a given number of products. Most products first.
examples:
  - how many products per max page size
  - which page size is most common in the catalogue
  - page sizes with at least 2 models
keywords: [page size, page sizes, max page size, maximum page size, paper size, a4, format,
           products, models, scanners, count, how many, per, each, common, most common,
           popular, pages per minute]
params:
  min_products: {type: int, optional: true, min: 0, label: products at least}
owner: "@retail-ops"
---*/
SELECT max_page_size, COUNT(*) AS products,
       string_agg(product, ', ' ORDER BY product) AS product_names,
       AVG(pages_per_minute_color) AS average_ppm_color,
       MIN(pages_per_minute_color) AS slowest_ppm_color,
       MAX(pages_per_minute_color) AS fastest_ppm_color
FROM product
GROUP BY max_page_size
{% if min_products is not none %}HAVING COUNT(*) >= :min_products
{% endif %}ORDER BY products DESC, max_page_size
