/*---
title: Buildings by construction status
description: >
  One row per construction status (under construction, proposed, on-hold): number of
  buildings, average height and stories, the tallest building, and the company offices those
  buildings hold. Optionally only one city.
examples:
  - how many buildings are in each status
  - status breakdown of the pipeline
  - how many Mexico City towers are on hold vs under construction
keywords: [status, statuses, pipeline, construction, under construction, on-hold, proposed,
           stage, stages, breakdown, per status, average stories, average height]
params:
  city: {type: string, optional: true, label: city}
owner: "@corp-realestate-analytics"
---*/
SELECT b.Status AS status, COUNT(*) AS buildings,
       ROUND(AVG(b.Height), 1) AS avg_height_m, ROUND(AVG(b.Stories), 1) AS avg_stories,
       arg_max(b.name, b.Height) AS tallest_building,
       SUM((SELECT COUNT(*) FROM Office_locations AS o WHERE o.building_id = b.id))
           AS company_offices
FROM buildings AS b
WHERE 1 = 1
{% if city %}AND b.City = :city
{% endif %}GROUP BY b.Status
ORDER BY buildings DESC, b.Status
