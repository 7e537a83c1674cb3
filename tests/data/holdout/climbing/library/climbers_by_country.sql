/*---
title: Climbers by country
description: >
  Per climbers' country (nationality): number of climbers, total, best and average points,
  and how many different mountains they climbed. Most climbers first.
examples:
  - climbers per country
  - how many nationalities do our climbers have
  - points by nationality
  - which country has the most climbers
keywords: [country, countries, nationality, nationalities, climbers, per country,
           by country, points, total points, best points, team]
params: {}
owner: "@expedition-data"
---*/
SELECT c.Country AS country, COUNT(*) AS climbers, SUM(c.Points) AS total_points,
       MAX(c.Points) AS best_points, ROUND(AVG(c.Points), 2) AS avg_points,
       COUNT(DISTINCT c.Mountain_ID) AS mountains_climbed
FROM climber AS c
GROUP BY c.Country
ORDER BY climbers DESC, c.Country
