/*---
title: Membership levels
description: >
  One row per membership level: number of members, their purchase records and total pounds
  spent. Most members first.
examples:
  - how many members at each level
  - which level has the most members
  - what membership levels are there
keywords: [level, levels, tier, tiers, membership level, per level, by level, distribution,
           most common level]
params: {}
owner: "@retail-analytics"
---*/
SELECT m.Level AS level, COUNT(DISTINCT m.Member_ID) AS members,
       COUNT(p.Member_ID) AS purchases, COALESCE(SUM(p.Total_pounds), 0) AS total_pounds
FROM member AS m
LEFT JOIN purchase AS p ON p.Member_ID = m.Member_ID
GROUP BY m.Level
ORDER BY members DESC, level DESC
