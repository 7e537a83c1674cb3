/*---
title: Releases by year
description: Number of songs released each year and their average rating.
examples:
  - releases per year
  - how many songs came out each year
  - release timeline
keywords: [release, releases, released, year, years, per year, yearly, timeline, came out]
params: {}
owner: "@music-analytics"
---*/
SELECT
    year(s.releasedate) AS release_year,
    COUNT(*) AS songs,
    ROUND(AVG(s.rating), 2) AS average_rating
FROM song AS s
GROUP BY 1
ORDER BY 1
