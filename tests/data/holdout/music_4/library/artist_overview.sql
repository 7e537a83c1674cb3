/*---
title: Artist overview
description: >
  One row over the artist records: how many there are, how many distinct artist names,
  the average, youngest and oldest age, and how many have at least one chart volume.
  Optionally an age floor or ceiling (inclusive).
examples:
  - artist overview
  - how many artists do we have on file
  - mean age of the artists
keywords: [overview, summary, overall, all artists, how many artists, number of artists,
           count artists, average age, mean age, youngest, oldest, age range, roster]
params:
  min_age: {type: int, optional: true, min: 0, label: aged at least}
  max_age: {type: int, optional: true, min: 0, label: aged at most}
owner: "@music-insights"
---*/
SELECT COUNT(*) AS artists, COUNT(DISTINCT a.Artist) AS distinct_artist_names,
       ROUND(AVG(a.Age), 2) AS average_age, MIN(a.Age) AS youngest_age, MAX(a.Age) AS oldest_age,
       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM volume AS v WHERE v.Artist_ID = a.Artist_ID))
         AS artists_with_volumes
FROM artist AS a
WHERE 1 = 1
{% if min_age is not none and min_age is not false %}AND a.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND a.Age <= :max_age
{% endif %}
