/*---
title: Time gaps on each mountain
description: >
  Per climber: time as recorded (h:mm.ss.t) converted to seconds, and the gap in seconds
  behind the fastest climber on the same mountain. Mountain by mountain, fastest first.
examples:
  - gap to the fastest climber per mountain
  - how far behind the leader was each climber
  - climbing times in seconds
keywords: [gap, gaps, behind, seconds, deficit, margin, split, splits, time behind]
params: {}
owner: "@expedition-data"
---*/
WITH t AS (
    SELECT c.Name AS climber, m.Name AS mountain, c."Time" AS climb_time,
           CAST(split_part(c."Time", ':', 1) AS INTEGER) * 3600
             + CAST(split_part(split_part(c."Time", ':', 2), '.', 1) AS INTEGER) * 60
             + CAST(split_part(split_part(c."Time", ':', 2), '.', 2) AS INTEGER)
             + CAST(split_part(split_part(c."Time", ':', 2), '.', 3) AS INTEGER) / 10.0
               AS seconds
    FROM climber AS c
    JOIN mountain AS m ON m.Mountain_ID = c.Mountain_ID
)
SELECT mountain, climber, climb_time, seconds,
       seconds - MIN(seconds) OVER (PARTITION BY mountain) AS gap_seconds
FROM t
ORDER BY mountain, seconds
