/*---
title: Buildings by city
description: >
  One row per city: buildings, tallest building and its height, total stories, buildings
  under construction, proposed and on hold, and distinct companies with offices there.
  Most buildings first.
examples:
  - buildings per city
  - how does Monterrey compare with Mexico City
keywords: [city, cities, per city, by city, skyline, market, markets]
params: {}
owner: "@corp-analytics"
---*/
WITH tenants AS (
    SELECT b.City AS city, COUNT(DISTINCT o.company_id) AS companies_with_offices
    FROM buildings AS b
    JOIN Office_locations AS o ON o.building_id = b.id
    GROUP BY b.City
)
SELECT b.City AS city, COUNT(*) AS buildings,
       arg_max(b.name, b.Height) AS tallest_building, MAX(b.Height) AS tallest_height_m,
       SUM(b.Stories) AS total_stories,
       COUNT(*) FILTER (WHERE b.Status = 'under construction') AS under_construction,
       COUNT(*) FILTER (WHERE b.Status = 'proposed') AS proposed,
       COUNT(*) FILTER (WHERE b.Status = 'on-hold') AS on_hold,
       COALESCE(MAX(t.companies_with_offices), 0) AS companies_with_offices
FROM buildings AS b
LEFT JOIN tenants AS t ON t.city = b.City
GROUP BY b.City
ORDER BY buildings DESC, city
