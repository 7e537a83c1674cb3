/*---
title: Store network summary
description: >
  Stores counted by format (default), by district or by the district's headquarters city:
  number of stores, their names, their total and average floor area and the best ranking
  among them. Only groups that have stores. Optionally one store format. Most stores first.
examples:
  - how many stores of each type do we have
  - store count per district
  - number of stores by city
  - which city has the most shops
  - how many village stores per district
keywords: [store, stores, shop, shops, outlets, count, number, how many, type, types,
           format, formats, per, each, district, city, cities, mall, village, network,
           footprint, floor area, most]
params:
  by:
    type: choice
    choices: [type, district, city]
    default: type
    synonyms: {per type: type, by type: type, format: type, per format: type,
               per district: district, by district: district, per city: city,
               by city: city, cities: city, districts: district}
  store_type:
    type: choice
    optional: true
    choices: [City Mall, Village Store]
    synonyms: {mall: City Mall, malls: City Mall, city mall: City Mall, city malls: City Mall,
               village: Village Store, village store: Village Store,
               village stores: Village Store}
owner: "@retail-ops"
---*/
SELECT
{% if by == 'district' %}d.District_name AS district,
{% elif by == 'city' %}d.Headquartered_City AS headquarters_city,
{% else %}s.Type AS store_type,
{% endif %}COUNT(*) AS stores, string_agg(s.Store_Name, ', ' ORDER BY s.Store_Name) AS store_names,
       ROUND(SUM(s.Area_size), 2) AS total_area, ROUND(AVG(s.Area_size), 2) AS average_area,
       MIN(s.Ranking) AS best_ranking
FROM store AS s
LEFT JOIN store_district AS sd ON sd.Store_ID = s.Store_ID
LEFT JOIN district AS d ON d.District_ID = sd.District_ID
WHERE 1 = 1
{% if store_type %}AND s.Type = :store_type
{% endif %}GROUP BY
{% if by == 'district' %}d.District_name
{% elif by == 'city' %}d.Headquartered_City
{% else %}s.Type
{% endif %}ORDER BY stores DESC, 1
