/*---
title: Store assortment
description: >
  Which store stocks which product: one row per store and product carried, with the store's
  format and district and the product's colour speed and maximum page size. Optionally one
  store, one product, one store format or one district. By store, then product.
examples:
  - what does the Neguac store carry
  - where can I buy the Canon DR-2080C
  - which stores stock the Xerox Travel Scanner 100
  - assortment of the city malls
keywords: [assortment, range, stock, stocks, stocked, carry, carries, sold, sell, sells,
           available, availability, offer, store, stores, shop, product, products, scanner,
           scanners, where, which]
params:
  store: {type: string, optional: true, label: store name}
  product: {type: string, optional: true, label: product name}
  store_type:
    type: choice
    optional: true
    choices: [City Mall, Village Store]
    synonyms: {mall: City Mall, malls: City Mall, city mall: City Mall, city malls: City Mall,
               village: Village Store, village store: Village Store,
               village stores: Village Store}
  district: {type: string, optional: true, label: district name}
owner: "@retail-ops"
---*/
SELECT s.Store_Name AS store, s.Type AS store_type, d.District_name AS district,
       p.product, p.pages_per_minute_color, p.max_page_size
FROM store_product AS sp
JOIN store AS s ON s.Store_ID = sp.Store_ID
JOIN product AS p ON p.product_id = sp.Product_ID
LEFT JOIN store_district AS sd ON sd.Store_ID = s.Store_ID
LEFT JOIN district AS d ON d.District_ID = sd.District_ID
WHERE 1 = 1
{% if store %}AND s.Store_Name = :store
{% endif %}{% if product %}AND p.product = :product
{% endif %}{% if store_type %}AND s.Type = :store_type
{% endif %}{% if district %}AND d.District_name = :district
{% endif %}ORDER BY s.Store_Name, p.product
