/*---
title: People by height band
description: >
  People grouped into height bands (under 190 cm, 190 to 199 cm, 200 cm and over): the number
  of people in each band and their names. For ordering stage risers and photo line-ups.
examples:
  - people by height band
  - height distribution
  - how many people in each height bracket
keywords: [band, bands, bucket, buckets, bracket, brackets, distribution, histogram, tiers,
           risers, line-up, photo]
params: {}
owner: "@polling-analytics"
---*/
SELECT CASE WHEN Height < 190 THEN 'under 190 cm' WHEN Height < 200 THEN '190-199 cm'
            ELSE '200 cm and over' END AS height_band,
       COUNT(*) AS people, string_agg(Name, '; ' ORDER BY Name) AS names,
       MIN(Height) AS band_min
FROM people
GROUP BY 1
ORDER BY band_min
