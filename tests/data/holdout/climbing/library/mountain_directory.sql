/*---
title: Mountains
description: >
  One row per mountain: mountain id, name, height and prominence in metres, range, country,
  and how many climbers in our records climbed it. Optionally one mountain by name, the
  mountains of one country or one range, or with height or prominence within bounds (all
  bounds inclusive). Highest first (default), by name, or most prominent first; optionally
  the top n.
examples:
  - list all mountains
  - mountains in Kenya
  - how high is Mawenzi (Hans Meyer Pk)
  - mountains above 5000 m
  - the 3 most prominent peaks
  - peaks in the Rwenzori range
keywords: [mountain, mountains, peak, peaks, summit, height, high, tall, elevation, altitude,
           prominence, prominent, range, country, metres, meters]
params:
  mountain: {type: string, optional: true, label: mountain name}
  country: {type: string, optional: true, label: country}
  mountain_range: {type: string, optional: true, label: range}
  min_height: {type: int, optional: true, min: 0, label: height at least (m)}
  max_height: {type: int, optional: true, min: 0, label: height at most (m)}
  min_prominence: {type: int, optional: true, min: 0, label: prominence at least (m)}
  sort:
    type: choice
    choices: [highest, name, most_prominent]
    default: highest
    synonyms: {highest: highest, tallest: highest, by height: highest,
               alphabetical: name, by name: name, a-z: name,
               most prominent: most_prominent, by prominence: most_prominent,
               prominence: most_prominent}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@expedition-data"
---*/
SELECT m.Mountain_ID AS mountain_id, m.Name AS mountain, m.Height AS height_m,
       m.Prominence AS prominence_m, m."Range" AS mountain_range, m.Country AS country,
       COUNT(c.Climber_ID) AS climbers
FROM mountain AS m
LEFT JOIN climber AS c ON c.Mountain_ID = m.Mountain_ID
WHERE 1 = 1
{% if mountain %}AND m.Name = :mountain
{% endif %}{% if country %}AND m.Country = :country
{% endif %}{% if mountain_range %}AND m."Range" = :mountain_range
{% endif %}{% if min_height is not none %}AND m.Height >= :min_height
{% endif %}{% if max_height is not none %}AND m.Height <= :max_height
{% endif %}{% if min_prominence is not none %}AND m.Prominence >= :min_prominence
{% endif %}GROUP BY m.Mountain_ID, m.Name, m.Height, m.Prominence, m."Range", m.Country
ORDER BY
{% if sort == 'name' %}m.Name
{% elif sort == 'most_prominent' %}m.Prominence DESC, m.Name
{% else %}m.Height DESC, m.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
