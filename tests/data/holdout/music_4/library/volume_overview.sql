/*---
title: Chart overview
description: >
  One row over the chart volumes: how many volumes (number-one songs), how many distinct
  artist records they belong to, and the total, average, minimum and maximum weeks on top.
  Optionally one artist, or only artists aged at least / at most so many (inclusive).
examples:
  - chart overview
  - average weeks at number one
  - how many number ones are there
  - longest and shortest run on top
keywords: [overview, summary, overall, all volumes, how many volumes, number of volumes,
           average weeks, mean weeks, total weeks, max weeks, min weeks, longest run,
           shortest run, charting artists, artists with volumes]
params:
  artist: {type: string, optional: true, label: artist}
  min_artist_age: {type: int, optional: true, min: 0, label: artist aged at least}
  max_artist_age: {type: int, optional: true, min: 0, label: artist aged at most}
owner: "@music-insights"
---*/
SELECT COUNT(*) AS volumes, COUNT(DISTINCT v.Artist_ID) AS artists,
       SUM(v.Weeks_on_Top) AS total_weeks_on_top, ROUND(AVG(v.Weeks_on_Top), 2) AS average_weeks_on_top,
       MIN(v.Weeks_on_Top) AS min_weeks_on_top, MAX(v.Weeks_on_Top) AS max_weeks_on_top
FROM volume AS v
JOIN artist AS a ON a.Artist_ID = v.Artist_ID
WHERE 1 = 1
{% if artist %}AND lower(a.Artist) = lower(:artist)
{% endif %}{% if min_artist_age is not none and min_artist_age is not false %}AND a.Age >= :min_artist_age
{% endif %}{% if max_artist_age is not none and max_artist_age is not false %}AND a.Age <= :max_artist_age
{% endif %}
