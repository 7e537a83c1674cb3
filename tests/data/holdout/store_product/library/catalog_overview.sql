/*---
title: Catalogue at a glance
description: >
  One line about the whole scanner catalogue (or the part with one maximum page size or one
  interface): number of products, average, lowest and highest colour speed (pages per
  minute), average resolution (dpi), how many distinct page sizes and interfaces, and how
  many products no store stocks.
examples:
  - catalogue overview
  - average colour speed across our scanners
  - how many products are in the catalogue
  - overall stats for the A4 scanners
keywords: [catalogue, catalog, overview, summary, overall, total, average, mean, products,
           scanners, how many, count, pages per minute, ppm, colour, color, speed, dpi,
           resolution, unstocked, stats]
params:
  page_size: {type: string, optional: true, label: maximum page size}
  interface: {type: string, optional: true, label: interface}
owner: "@retail-ops"
---*/
SELECT COUNT(*) AS products, AVG(pages_per_minute_color) AS average_ppm_color,
       MIN(pages_per_minute_color) AS lowest_ppm_color,
       MAX(pages_per_minute_color) AS highest_ppm_color, AVG(dpi) AS average_dpi,
       COUNT(DISTINCT max_page_size) AS page_sizes, COUNT(DISTINCT interface) AS interfaces,
       SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM store_product AS sp
                                 WHERE sp.Product_ID = p.product_id) THEN 1 ELSE 0 END)
           AS products_not_stocked
FROM product AS p
WHERE 1 = 1
{% if page_size %}AND p.max_page_size = :page_size
{% endif %}{% if interface %}AND p.interface = :interface
{% endif %}
