/*---
title: Architecture overview
description: >
  One row over the whole register: how many architects (and how many male and female), how
  many bridges and mills, the average, shortest and longest bridge in metres and feet, and
  the earliest and latest year a mill was built.
examples:
  - overview of the architecture register
  - how many bridges and mills do we have
  - average bridge length overall
keywords: [overview, summary, overall, total, totals, altogether, all, headline, how many,
           average, maximum, minimum, count]
params: {}
owner: "@heritage-data"
---*/
SELECT (SELECT COUNT(*) FROM architect) AS architects,
       (SELECT COUNT(*) FROM architect WHERE gender = 'male') AS male_architects,
       (SELECT COUNT(*) FROM architect WHERE gender = 'female') AS female_architects,
       (SELECT COUNT(*) FROM bridge) AS bridges,
       (SELECT ROUND(AVG(length_meters), 2) FROM bridge) AS average_bridge_meters,
       (SELECT MIN(length_meters) FROM bridge) AS shortest_bridge_meters,
       (SELECT MAX(length_meters) FROM bridge) AS longest_bridge_meters,
       (SELECT ROUND(AVG(length_feet), 2) FROM bridge) AS average_bridge_feet,
       (SELECT MAX(length_feet) FROM bridge) AS longest_bridge_feet,
       (SELECT COUNT(*) FROM mill) AS mills,
       (SELECT COUNT(DISTINCT type) FROM mill) AS mill_types,
       (SELECT MIN(built_year) FROM mill) AS earliest_mill,
       (SELECT MAX(built_year) FROM mill) AS latest_mill
