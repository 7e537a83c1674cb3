/*---
title: Actors by age band
description: >
  Actors grouped into age bands (under 18, 18 to 20, 21 and over): the number of actors in
  each band and their names. For casting-call planning and chaperone requirements.
examples:
  - actors by age band
  - how many minors are in the cast
  - cast age distribution
keywords: [band, bands, bucket, buckets, bracket, minors, under 18, adults, distribution,
           chaperone, casting call, age group, age groups]
params: {}
owner: "@theatre-analytics"
---*/
SELECT CASE WHEN age < 18 THEN 'under 18' WHEN age <= 20 THEN '18-20' ELSE '21 and over' END
           AS age_band,
       COUNT(*) AS actors, string_agg(Name, '; ' ORDER BY Name) AS actor_names, MIN(age) AS band_min
FROM actor
GROUP BY 1
ORDER BY band_min
