/*---
title: Reign length bands
description: >
  Title reigns bucketed by length: under 30 days, 30 to 99, 100 to 364, a year or more;
  wrestlers in each band and their names.
examples:
  - distribution of reign lengths
  - how many reigns lasted over a year
keywords: [band, bands, bucket, buckets, distribution, histogram, length, reign length,
           short, long, year or more]
params: {}
owner: "@wrestling-stats"
---*/
SELECT CASE WHEN w.Days_held < 30 THEN '1. under 30 days'
            WHEN w.Days_held < 100 THEN '2. 30-99 days'
            WHEN w.Days_held < 365 THEN '3. 100-364 days'
            ELSE '4. a year or more' END AS band,
       COUNT(*) AS wrestlers,
       string_agg(w.Name, '; ' ORDER BY w.Days_held) AS names
FROM wrestler AS w
GROUP BY band
ORDER BY band
