/*---
title: Ranks by class commanded
description: >
  How many captains of each rank command each class of ship: one row per rank and class.
examples:
  - rank by class matrix
  - cross tab of ranks and classes
keywords: [matrix, cross tab, crosstab, pivot, rank, class, combination, mix]
params: {}
owner: "@fleet-data"
---*/
SELECT c.Rank AS rank, c.Class AS class, COUNT(*) AS captains
FROM captain AS c
GROUP BY c.Rank, c.Class
ORDER BY c.Rank, c.Class
