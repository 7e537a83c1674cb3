/*---
title: Construction pipeline by status
description: >
  One row per building status (under construction, proposed, on-hold): buildings, total
  height and stories, average height, and company offices already signed in them.
examples:
  - construction pipeline
  - how much floor count is stalled on hold
keywords: [pipeline, status, statuses, per status, by status, stage, stages, development]
params: {}
owner: "@corp-analytics"
---*/
SELECT b.Status AS status, COUNT(DISTINCT b.id) AS buildings,
       SUM(b.Height) AS total_height_m, SUM(b.Stories) AS total_stories,
       ROUND(AVG(b.Height), 1) AS average_height_m,
       SUM((SELECT COUNT(*) FROM Office_locations AS o WHERE o.building_id = b.id)) AS company_offices
FROM buildings AS b
GROUP BY b.Status
ORDER BY buildings DESC, status
