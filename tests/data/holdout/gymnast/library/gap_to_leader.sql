/*---
title: Gap to the leader
description: >
  One row per gymnast: total points, the leader's total, and how many points behind the
  leader they finished. Leader first.
examples:
  - how far behind the leader is everyone
  - points gap to first place
keywords: [gap, behind, deficit, margin, leader, first place, winner, distance]
params: {}
owner: "@federation-analytics"
---*/
SELECT p.Name AS gymnast, g.Total_Points AS total_points,
       MAX(g.Total_Points) OVER () AS leader_total,
       ROUND(MAX(g.Total_Points) OVER () - g.Total_Points, 3) AS points_behind
FROM gymnast AS g
JOIN people AS p ON p.People_ID = g.Gymnast_ID
ORDER BY g.Total_Points DESC
