/*---
title: Stores
description: >
  One row per store: store id, name, format (City Mall or Village Store), floor area, number
  of product categories, network ranking (1 is best), the district it belongs to and that
  district's headquarters city, and how many catalogue products it stocks. Optionally one
  store by name, one format, one district or headquarters city, a floor area within bounds
  (inclusive). By name (default), best ranking first, largest or smallest floor area, or most
  product categories; optionally the top n.
examples:
  - list all our stores
  - which stores are in Hafizabad District
  - what district is Doaktown in
  - village stores by floor area
  - best ranked store
  - stores with the most product categories
keywords: [store, stores, shop, shops, outlet, outlets, branch, location, format, type,
           mall, village, floor area, area size, size, categories, product categories,
           ranking, rank, ranked, district, city, headquarters, hq, located, where]
params:
  store: {type: string, optional: true, label: store name}
  store_type:
    type: choice
    optional: true
    choices: [City Mall, Village Store]
    synonyms: {mall: City Mall, malls: City Mall, city mall: City Mall, city malls: City Mall,
               mall store: City Mall, village: Village Store, village store: Village Store,
               village stores: Village Store, village shop: Village Store}
  district: {type: string, optional: true, label: district name}
  city: {type: string, optional: true, label: headquarters city of the district}
  min_area: {type: number, optional: true, min: 0, label: floor area at least}
  max_area: {type: number, optional: true, min: 0, label: floor area at most}
  sort:
    type: choice
    choices: [name, ranking, largest, smallest, most_categories]
    default: name
    synonyms: {alphabetical: name, by name: name, best ranked: ranking, top ranked: ranking,
               by ranking: ranking, by rank: ranking, largest: largest, biggest: largest,
               by size: largest, smallest: smallest, most categories: most_categories,
               widest range: most_categories}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-ops"
---*/
SELECT s.Store_ID AS store_id, s.Store_Name AS store, s.Type AS store_type,
       s.Area_size AS area_size, s.Number_of_product_category AS product_categories,
       s.Ranking AS ranking, d.District_name AS district,
       d.Headquartered_City AS headquarters_city,
       (SELECT COUNT(*) FROM store_product AS sp WHERE sp.Store_ID = s.Store_ID)
           AS products_stocked
FROM store AS s
LEFT JOIN store_district AS sd ON sd.Store_ID = s.Store_ID
LEFT JOIN district AS d ON d.District_ID = sd.District_ID
WHERE 1 = 1
{% if store %}AND s.Store_Name = :store
{% endif %}{% if store_type %}AND s.Type = :store_type
{% endif %}{% if district %}AND d.District_name = :district
{% endif %}{% if city %}AND d.Headquartered_City = :city
{% endif %}{% if min_area is not none %}AND s.Area_size >= :min_area
{% endif %}{% if max_area is not none %}AND s.Area_size <= :max_area
{% endif %}ORDER BY
{% if sort == 'ranking' %}s.Ranking, s.Store_Name
{% elif sort == 'largest' %}s.Area_size DESC, s.Store_Name
{% elif sort == 'smallest' %}s.Area_size, s.Store_Name
{% elif sort == 'most_categories' %}s.Number_of_product_category DESC, s.Store_Name
{% else %}s.Store_Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
