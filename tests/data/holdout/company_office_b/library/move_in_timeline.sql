/*---
title: Move-in timeline
description: >
  One row per move-in year: how many company offices open that year, in how many buildings,
  and which companies. Optionally only one city. Earliest year first.
examples:
  - move-ins per year
  - how many offices open each year
  - occupancy timeline for Monterrey
keywords: [timeline, schedule, per year, by year, each year, yearly, move-ins, openings,
           pipeline, occupancy]
params:
  city: {type: string, optional: true, label: city}
owner: "@corp-realestate-analytics"
---*/
SELECT o.move_in_year AS move_in_year, COUNT(*) AS offices,
       COUNT(DISTINCT o.building_id) AS buildings,
       string_agg(c.name, '; ' ORDER BY c.name) AS companies
FROM Office_locations AS o
JOIN Companies AS c ON c.id = o.company_id
JOIN buildings AS b ON b.id = o.building_id
WHERE 1 = 1
{% if city %}AND b.City = :city
{% endif %}GROUP BY o.move_in_year
ORDER BY o.move_in_year
