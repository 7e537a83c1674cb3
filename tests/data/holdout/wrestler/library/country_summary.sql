/*---
title: Title reigns by country
description: >
  One row per country where the title changed hands (the part of the location after the
  comma): title wins, cities, total and longest days held. Most title wins first.
examples:
  - title wins per country
  - which country crowned the most champions
keywords: [country, countries, nation, nations, per country, by country, national]
params: {}
owner: "@wrestling-stats"
---*/
SELECT trim(split_part(w.Location, ',', 2)) AS country,
       COUNT(*) AS title_wins,
       COUNT(DISTINCT trim(split_part(w.Location, ',', 1))) AS cities,
       SUM(w.Days_held) AS total_days,
       MAX(w.Days_held) AS longest_days
FROM wrestler AS w
GROUP BY country
ORDER BY title_wins DESC, country
