/*---
title: Mountains by country
description: >
  Per country where the mountains stand: number of mountains, highest and average height,
  greatest prominence, and climbers who climbed there. Optionally only countries with at
  least a given number of mountains. Most mountains first.
examples:
  - mountains per country
  - which countries have at least 2 mountains
  - average mountain height by country
  - how many peaks does each country have
keywords: [country, countries, mountains, peaks, per country, by country, height, highest,
           average height, prominence, climbers]
params:
  min_mountains: {type: int, optional: true, min: 1, label: at least (mountains)}
owner: "@expedition-data"
---*/
SELECT m.Country AS country, COUNT(*) AS mountains, MAX(m.Height) AS highest_m,
       ROUND(AVG(m.Height), 1) AS avg_height_m, MAX(m.Prominence) AS max_prominence_m,
       SUM((SELECT COUNT(*) FROM climber AS c WHERE c.Mountain_ID = m.Mountain_ID)) AS climbers
FROM mountain AS m
GROUP BY m.Country
{% if min_mountains is not none %}HAVING COUNT(*) >= :min_mountains
{% endif %}ORDER BY mountains DESC, m.Country
