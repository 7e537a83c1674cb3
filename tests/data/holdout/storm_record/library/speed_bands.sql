/*---
title: Storms by speed band
description: >
  How many storms fall in each band of maximum speed (under 970, 970-989, 990 and more), with
  their deaths and damage.
examples:
  - speed distribution of storms
  - how many strong vs weak storms
  - storms bucketed by max speed
keywords: [band, bands, bucket, buckets, distribution, histogram, strong, weak, intensity,
           category, speed]
params: {}
owner: "@risk-analytics"
---*/
SELECT
    CASE WHEN s.Max_speed < 970 THEN '1: under 970'
         WHEN s.Max_speed < 990 THEN '2: 970-989'
         ELSE '3: 990+' END AS band,
    COUNT(*) AS storms,
    SUM(s.Number_Deaths) AS deaths,
    SUM(s.Damage_millions_USD) AS damage_millions_usd
FROM storm AS s
GROUP BY 1
ORDER BY 1
