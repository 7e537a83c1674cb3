/*---
title: Office move-ins per year
description: >
  One row per move-in year: company offices opened that year, distinct companies and
  buildings, and the companies' names. In year order.
examples:
  - move-ins per year
  - how many offices opened each year
keywords: [year, years, per year, yearly, annual, timeline, trend, move-ins, opened]
params: {}
owner: "@corp-analytics"
---*/
SELECT o.move_in_year AS year, COUNT(*) AS offices,
       COUNT(DISTINCT o.company_id) AS companies, COUNT(DISTINCT o.building_id) AS buildings,
       string_agg(c.name, '; ' ORDER BY c.name) AS company_names
FROM Office_locations AS o
JOIN Companies AS c ON c.id = o.company_id
GROUP BY o.move_in_year
ORDER BY o.move_in_year
