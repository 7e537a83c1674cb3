/*---
title: Best climber per mountain
description: >
  For each climbed mountain, the climber with the most points on it (ties broken by the
  faster time): name, country, time and points, with the runner-up's points for comparison.
examples:
  - winner on each mountain
  - who scored best on every peak
  - top climber per mountain with the margin
keywords: [winner, winners, champion, leader, per mountain, each mountain, margin, runner-up]
params: {}
owner: "@expedition-data"
---*/
WITH ranked AS (
    SELECT m.Name AS mountain, c.Name AS climber, c.Country AS country, c."Time" AS climb_time,
           c.Points AS points,
           ROW_NUMBER() OVER (PARTITION BY c.Mountain_ID ORDER BY c.Points DESC, c."Time") AS rn,
           LEAD(c.Points) OVER (PARTITION BY c.Mountain_ID ORDER BY c.Points DESC, c."Time")
               AS runner_up_points
    FROM climber AS c
    JOIN mountain AS m ON m.Mountain_ID = c.Mountain_ID
)
SELECT mountain, climber, country, climb_time, points, runner_up_points
FROM ranked
WHERE rn = 1
ORDER BY points DESC
