/*---
title: Ascents per mountain
description: >
  Per mountain that has been climbed: its height, range and country, number of climbers, the
  climbers' names, the fastest time and the total points scored on it. Optionally only the
  climbers of one country, or the mountains of one country or one range. Most climbers
  first.
examples:
  - which mountains have been climbed
  - mountains climbed by British climbers
  - number of climbers per mountain
  - which mountain is climbed the most
  - best time on each mountain
keywords: [ascent, ascents, climbed, climbs, mountain, mountains, per mountain, climbers,
           fastest time, best time, record, points]
params:
  climber_country: {type: string, optional: true, label: climbers' country}
  mountain_country: {type: string, optional: true, label: country of the mountain}
  mountain_range: {type: string, optional: true, label: range}
owner: "@expedition-data"
---*/
SELECT m.Name AS mountain, m.Height AS height_m, m."Range" AS mountain_range,
       m.Country AS country, COUNT(*) AS climbers,
       string_agg(c.Name, ', ' ORDER BY c.Name) AS climber_names,
       MIN(c."Time") AS fastest_time, SUM(c.Points) AS total_points
FROM climber AS c
JOIN mountain AS m ON m.Mountain_ID = c.Mountain_ID
WHERE 1 = 1
{% if climber_country %}AND c.Country = :climber_country
{% endif %}{% if mountain_country %}AND m.Country = :mountain_country
{% endif %}{% if mountain_range %}AND m."Range" = :mountain_range
{% endif %}GROUP BY m.Name, m.Height, m."Range", m.Country
ORDER BY climbers DESC, m.Height DESC
