/*---
title: Scanner catalogue
description: >
  One row per product in the scanner catalogue: product id, model name, dimensions (mm),
  resolution (dpi), colour speed (pages per minute), maximum page size, interface, and how
  many of our stores stock it. Optionally one model by exact name, models whose name contains
  a word, one maximum page size, one interface, or a colour speed within bounds (inclusive).
  By name (default), fastest or slowest first; optionally the top n.
examples:
  - show me the scanner catalogue
  - which scanners take A4 as max page size
  - scanners doing at least 20 pages per minute in colour
  - what are the dimensions of the ScanShell 3000DN
  - all the Canon models
  - fastest scanner we sell
keywords: [product, products, scanner, scanners, model, models, catalogue, catalog, item,
           items, dimensions, size, dpi, resolution, pages per minute, ppm, colour, color,
           speed, fast, slow, page size, max page size, paper size, a4, interface, usb,
           name, contains, stocked]
params:
  product: {type: string, optional: true, label: product name}
  name_contains: {type: string, optional: true, label: word in the product name}
  page_size: {type: string, optional: true, label: maximum page size}
  interface: {type: string, optional: true, label: interface}
  min_ppm: {type: int, optional: true, min: 0, label: colour pages per minute at least}
  max_ppm: {type: int, optional: true, min: 0, label: colour pages per minute at most}
  sort:
    type: choice
    choices: [name, fastest, slowest]
    default: name
    synonyms: {alphabetical: name, by name: name, fastest: fastest, quickest: fastest,
               highest ppm: fastest, most pages per minute: fastest, slowest: slowest,
               lowest ppm: slowest, fewest pages per minute: slowest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-ops"
---*/
SELECT p.product_id, p.product, p.dimensions, p.dpi, p.pages_per_minute_color,
       p.max_page_size, p.interface,
       (SELECT COUNT(*) FROM store_product AS sp WHERE sp.Product_ID = p.product_id)
           AS stores_stocking
FROM product AS p
WHERE 1 = 1
{% if product %}AND p.product = :product
{% endif %}{% if name_contains %}AND lower(p.product) LIKE '%' || lower(:name_contains) || '%'
{% endif %}{% if page_size %}AND p.max_page_size = :page_size
{% endif %}{% if interface %}AND p.interface = :interface
{% endif %}{% if min_ppm is not none %}AND p.pages_per_minute_color >= :min_ppm
{% endif %}{% if max_ppm is not none %}AND p.pages_per_minute_color <= :max_ppm
{% endif %}ORDER BY
{% if sort == 'fastest' %}p.pages_per_minute_color DESC, p.product
{% elif sort == 'slowest' %}p.pages_per_minute_color, p.product
{% else %}p.product
{% endif %}{% if n %}LIMIT :n
{% endif %}
