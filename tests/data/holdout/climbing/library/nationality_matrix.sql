/*---
title: Climbers' country by mountain country
description: >
  Cross-tabulation: for each climbers' country and each country where a mountain stands,
  how many climbers of the one climbed in the other and their points. Largest pairs first.
examples:
  - where do climbers of each nationality go
  - climber country vs mountain country
  - cross tab of nationality and destination
keywords: [cross tab, matrix, pairs, destination, nationality, abroad, travel]
params: {}
owner: "@expedition-data"
---*/
SELECT c.Country AS climber_country, m.Country AS mountain_country,
       COUNT(*) AS climbers, SUM(c.Points) AS points
FROM climber AS c
JOIN mountain AS m ON m.Mountain_ID = c.Mountain_ID
GROUP BY c.Country, m.Country
ORDER BY climbers DESC, climber_country, mountain_country
