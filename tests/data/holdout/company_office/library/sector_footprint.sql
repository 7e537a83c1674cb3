/*---
title: Industry footprint by city
description: >
  Company offices per industry and city: offices, distinct companies and buildings.
  Most offices first.
examples:
  - which industries occupy which cities
  - industry footprint across cities
keywords: [footprint, presence, industry by city, sector by city, matrix, cross-tab, spread]
params: {}
owner: "@corp-analytics"
---*/
SELECT c.Industry AS industry, b.City AS city, COUNT(*) AS offices,
       COUNT(DISTINCT c.id) AS companies, COUNT(DISTINCT b.id) AS buildings
FROM Office_locations AS o
JOIN Companies AS c ON c.id = o.company_id
JOIN buildings AS b ON b.id = o.building_id
GROUP BY c.Industry, b.City
ORDER BY offices DESC, industry, city
