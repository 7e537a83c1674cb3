/*---
title: Score consistency
description: >
  One row per gymnast: the spread of their six apparatus scores (standard deviation, and the
  gap between their best and weakest apparatus). Most consistent first.
examples:
  - which gymnasts are the most consistent
  - score spread per gymnast
  - who has the biggest gap between best and worst event
keywords: [consistency, consistent, spread, variance, standard deviation, stdev, volatility,
           gap, range, uneven, balanced]
params: {}
owner: "@federation-analytics"
---*/
SELECT p.Name AS gymnast,
       ROUND(stddev_pop(u.points), 4) AS score_stddev,
       ROUND(MAX(u.points) - MIN(u.points), 3) AS best_minus_weakest
FROM gymnast AS g
JOIN people AS p ON p.People_ID = g.Gymnast_ID
CROSS JOIN LATERAL (VALUES (g.Floor_Exercise_Points), (g.Pommel_Horse_Points),
    (g.Rings_Points), (g.Vault_Points), (g.Parallel_Bars_Points),
    (g.Horizontal_Bar_Points)) AS u(points)
GROUP BY p.Name
ORDER BY score_stddev, p.Name
