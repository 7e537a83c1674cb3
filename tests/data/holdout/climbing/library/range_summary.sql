/*---
title: Ranges
description: >
  Per mountain range: number of mountains, their countries, highest peak height, greatest
  prominence and climbers who climbed in the range. Most mountains first.
examples:
  - mountains per range
  - which range has the most peaks
  - list the ranges
  - range summary
keywords: [range, ranges, massif, mountain range, mountains, peaks, highest, prominence,
           per range, by range]
params: {}
owner: "@expedition-data"
---*/
SELECT m."Range" AS mountain_range, COUNT(*) AS mountains,
       string_agg(DISTINCT m.Country, ', ') AS countries, MAX(m.Height) AS highest_m,
       MAX(m.Prominence) AS max_prominence_m,
       SUM((SELECT COUNT(*) FROM climber AS c WHERE c.Mountain_ID = m.Mountain_ID)) AS climbers
FROM mountain AS m
GROUP BY m."Range"
ORDER BY mountains DESC, m."Range"
