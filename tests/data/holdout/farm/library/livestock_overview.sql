/*---
title: Livestock overview
description: >
  One row over the farm records: how many farms, and the total, average, lowest and highest
  of each animal count (horses, working horses, cattle, oxen, bulls, cows, pigs, sheep and
  goats). Optionally only farms with more than so many total horses (strict), or a range of
  years (inclusive).
examples:
  - livestock overview
  - total number of pigs across all farms
  - average cattle per farm
  - min and max sheep on any farm
keywords: [overview, summary, overall, total, all farms, across farms, altogether, average,
           mean, minimum, maximum, min, max, lowest, highest, how many farms, number of farms,
           count farms, livestock, horses, cattle, cows, pigs, sheep]
params:
  min_total_horses: {type: number, optional: true, label: farms with total horses above}
  from_year: {type: int, optional: true, label: from year (inclusive)}
  to_year: {type: int, optional: true, label: to year (inclusive)}
owner: "@agri-stats"
---*/
SELECT COUNT(*) AS farms,
       ROUND(SUM(Total_Horses), 1) AS total_horses, ROUND(AVG(Total_Horses), 2) AS average_horses,
       MIN(Total_Horses) AS min_horses, MAX(Total_Horses) AS max_horses,
       ROUND(SUM(Working_Horses), 1) AS total_working_horses, ROUND(AVG(Working_Horses), 2) AS average_working_horses,
       MIN(Working_Horses) AS min_working_horses, MAX(Working_Horses) AS max_working_horses,
       ROUND(SUM(Total_Cattle), 1) AS total_cattle, ROUND(AVG(Total_Cattle), 2) AS average_cattle,
       MIN(Total_Cattle) AS min_cattle, MAX(Total_Cattle) AS max_cattle,
       ROUND(SUM(Oxen), 1) AS total_oxen, ROUND(SUM(Bulls), 1) AS total_bulls,
       ROUND(SUM(Cows), 1) AS total_cows, ROUND(AVG(Cows), 2) AS average_cows,
       MIN(Cows) AS min_cows, MAX(Cows) AS max_cows,
       ROUND(SUM(Pigs), 1) AS total_pigs, ROUND(AVG(Pigs), 2) AS average_pigs,
       MIN(Pigs) AS min_pigs, MAX(Pigs) AS max_pigs,
       ROUND(SUM(Sheep_and_Goats), 1) AS total_sheep_and_goats,
       ROUND(AVG(Sheep_and_Goats), 2) AS average_sheep_and_goats,
       MIN(Sheep_and_Goats) AS min_sheep_and_goats, MAX(Sheep_and_Goats) AS max_sheep_and_goats
FROM farm
WHERE 1 = 1
{% if min_total_horses is not none and min_total_horses is not false %}AND Total_Horses > :min_total_horses
{% endif %}{% if from_year is not none and from_year is not false %}AND Year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND Year <= :to_year
{% endif %}
