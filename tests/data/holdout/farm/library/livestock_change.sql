/*---
title: Livestock change year on year
description: >
  One row per census year: total horses, cattle, pigs, and sheep and goats on the farm
  records of that year, and the change from the year before. Optionally a range of years
  (inclusive).
examples:
  - how did horse numbers change year over year
  - livestock trend 1927 to 1934
  - which year saw the biggest drop in pigs
keywords: [trend, change, year over year, yoy, growth, decline, drop, rise, increase,
           decrease, per year, each year, by year, over time, history, livestock]
params:
  from_year: {type: int, optional: true, label: from year (inclusive)}
  to_year: {type: int, optional: true, label: to year (inclusive)}
owner: "@agri-stats"
---*/
WITH yearly AS (
    SELECT Year AS year, SUM(Total_Horses) AS horses, SUM(Total_Cattle) AS cattle,
           SUM(Pigs) AS pigs, SUM(Sheep_and_Goats) AS sheep_and_goats
    FROM farm
    GROUP BY Year
)
SELECT year, horses, ROUND(horses - LAG(horses) OVER (ORDER BY year), 1) AS horses_change,
       cattle, ROUND(cattle - LAG(cattle) OVER (ORDER BY year), 1) AS cattle_change,
       pigs, ROUND(pigs - LAG(pigs) OVER (ORDER BY year), 1) AS pigs_change,
       sheep_and_goats,
       ROUND(sheep_and_goats - LAG(sheep_and_goats) OVER (ORDER BY year), 1) AS sheep_and_goats_change
FROM yearly
QUALIFY 1 = 1
{% if from_year is not none and from_year is not false %}AND year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND year <= :to_year
{% endif %}ORDER BY year
