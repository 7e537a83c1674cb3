/*---
title: Buildings by city
description: >
  One row per city: number of buildings, how many are under construction, proposed or on
  hold, average and greatest height, total stories, the tallest building, and the number of
  company offices in the city's buildings. Optionally only buildings of one status. Most
  buildings first.
examples:
  - buildings per city
  - how many towers does each city have
  - city breakdown of the on-hold buildings
keywords: [city, cities, per city, by city, each city, market, markets, number of buildings,
           skyline, average height]
params:
  status:
    type: choice
    optional: true
    choices: [under construction, proposed, on-hold]
    synonyms: {on hold: on-hold, being built: under construction, planned: proposed}
owner: "@corp-realestate-analytics"
---*/
SELECT b.City AS city, COUNT(*) AS buildings,
       COUNT(*) FILTER (WHERE b.Status = 'under construction') AS under_construction,
       COUNT(*) FILTER (WHERE b.Status = 'proposed') AS proposed,
       COUNT(*) FILTER (WHERE b.Status = 'on-hold') AS on_hold,
       ROUND(AVG(b.Height), 1) AS avg_height_m, MAX(b.Height) AS max_height_m,
       SUM(b.Stories) AS total_stories,
       arg_max(b.name, b.Height) AS tallest_building,
       SUM((SELECT COUNT(*) FROM Office_locations AS o WHERE o.building_id = b.id))
           AS company_offices
FROM buildings AS b
WHERE 1 = 1
{% if status %}AND b.Status = :status
{% endif %}GROUP BY b.City
ORDER BY buildings DESC, b.City
