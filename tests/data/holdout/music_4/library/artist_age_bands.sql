/*---
title: Artists by age band
description: >
  Artist records per age band (under 20, 20-29, 30-39, 40 and over): artists, chart volumes
  and total weeks on top of the band's artists.
examples:
  - artists by age band
  - how do chart runs split by artist age group
  - age distribution of the artists
keywords: [age band, age bands, age group, age groups, bracket, distribution, histogram,
           under 20, twenties, thirties, 40 plus]
owner: "@music-insights"
---*/
SELECT CASE WHEN a.Age < 20 THEN 'under 20' WHEN a.Age < 30 THEN '20-29'
            WHEN a.Age < 40 THEN '30-39' ELSE '40 and over' END AS age_band,
       COUNT(DISTINCT a.Artist_ID) AS artists, COUNT(v.Volume_ID) AS volumes,
       COALESCE(SUM(v.Weeks_on_Top), 0) AS weeks_on_top
FROM artist AS a
LEFT JOIN volume AS v ON v.Artist_ID = a.Artist_ID
GROUP BY age_band
ORDER BY MIN(a.Age)
