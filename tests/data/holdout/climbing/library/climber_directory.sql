/*---
title: Climbers
description: >
  One row per climber: climber id, name, country, climbing time, points, and the mountain
  climbed with its height, range and country. Optionally one climber by name, the climbers
  of one country, the climbers of one mountain, of mountains in one country or in one range,
  or with points within bounds (inclusive). Most points first (default), by name, or fastest
  time first; optionally the top n.
examples:
  - list all climbers with their points
  - climbers from West Germany
  - who climbed Mount Kenya (Batian)
  - fastest climbers
  - top 5 climbers by points
  - which mountain did Klaus Enders climb
keywords: [climber, climbers, mountaineer, mountaineers, name, country, nationality, time,
           times, points, score, climbed, climb, ascent, mountain, height, range, leaderboard,
           ranking]
params:
  climber: {type: string, optional: true, label: climber name}
  country: {type: string, optional: true, label: climber's country}
  mountain: {type: string, optional: true, label: mountain name}
  mountain_country: {type: string, optional: true, label: country of the mountain}
  mountain_range: {type: string, optional: true, label: mountain range}
  min_points: {type: int, optional: true, min: 0, label: at least (points)}
  max_points: {type: int, optional: true, min: 0, label: at most (points)}
  sort:
    type: choice
    choices: [most_points, name, fastest]
    default: most_points
    synonyms: {most points: most_points, highest points: most_points, best: most_points,
               by points: most_points, ranking: most_points, alphabetical: name,
               by name: name, a-z: name, fastest: fastest, quickest: fastest,
               by time: fastest, shortest time: fastest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@expedition-data"
---*/
SELECT c.Climber_ID AS climber_id, c.Name AS climber, c.Country AS country,
       c."Time" AS climb_time, c.Points AS points, m.Name AS mountain,
       m.Height AS mountain_height, m."Range" AS mountain_range,
       m.Country AS mountain_country
FROM climber AS c
LEFT JOIN mountain AS m ON m.Mountain_ID = c.Mountain_ID
WHERE 1 = 1
{% if climber %}AND c.Name = :climber
{% endif %}{% if country %}AND c.Country = :country
{% endif %}{% if mountain %}AND m.Name = :mountain
{% endif %}{% if mountain_country %}AND m.Country = :mountain_country
{% endif %}{% if mountain_range %}AND m."Range" = :mountain_range
{% endif %}{% if min_points is not none %}AND c.Points >= :min_points
{% endif %}{% if max_points is not none %}AND c.Points <= :max_points
{% endif %}ORDER BY
{% if sort == 'name' %}c.Name
{% elif sort == 'fastest' %}c."Time", c.Name
{% else %}c.Points DESC, c.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
