/*---
title: District population density
description: >
  People per unit of city area for each district, with population and area, and whether we
  have a store there. Densest first; optionally only districts without any store.
examples:
  - population density by district
  - densest districts where we have no store yet
keywords: [density, dense, densest, crowded, people per area, per square, white space,
           expansion, untapped]
params:
  without_store: {type: bool, default: false, label: only districts without a store}
owner: "@retail-ops"
---*/
SELECT d.District_name AS district, d.City_Population AS city_population,
       d.City_Area AS city_area,
       CAST(d.City_Population AS DOUBLE) / NULLIF(d.City_Area, 0) AS people_per_area,
       EXISTS (SELECT 1 FROM store_district AS sd WHERE sd.District_ID = d.District_ID)
           AS has_store
FROM district AS d
WHERE 1 = 1
{% if without_store %}AND NOT EXISTS (SELECT 1 FROM store_district AS sd
                                     WHERE sd.District_ID = d.District_ID)
{% endif %}ORDER BY people_per_area DESC
