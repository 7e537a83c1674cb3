/*---
title: Bridges by length band
description: >
  How many bridges fall in each band of length in metres (under 65, 65-70, 70-80, 80-100,
  100 and over), with their average length and names.
examples:
  - distribution of bridge lengths
  - how many bridges are in each length range
keywords: [distribution, band, bands, bucket, buckets, range, ranges, histogram, length,
           bridges, spread]
params: {}
owner: "@heritage-data"
---*/
SELECT CASE WHEN length_meters < 65 THEN '1: under 65 m'
            WHEN length_meters < 70 THEN '2: 65-70 m'
            WHEN length_meters < 80 THEN '3: 70-80 m'
            WHEN length_meters < 100 THEN '4: 80-100 m'
            ELSE '5: 100 m and over' END AS length_band,
       COUNT(*) AS bridges, ROUND(AVG(length_meters), 2) AS average_meters,
       string_agg(name, ', ' ORDER BY length_meters DESC) AS bridge_names
FROM bridge
GROUP BY 1
ORDER BY 1
