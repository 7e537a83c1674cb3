/*---
title: Membership bands
description: >
  Branches grouped into bands of membership amount (under 10, 10-99, 100-999, 1000 and
  over): number of branches and their names per band. Smallest band first.
examples:
  - branches by membership band
  - distribution of membership sizes
keywords: [band, bands, bucket, buckets, distribution, histogram, size bands, tiers]
params: {}
owner: "@retail-analytics"
---*/
SELECT CASE WHEN membership_amount < 10 THEN 'under 10'
            WHEN membership_amount < 100 THEN '10-99'
            WHEN membership_amount < 1000 THEN '100-999'
            ELSE '1000 and over' END AS band,
       MIN(membership_amount) AS band_floor, COUNT(*) AS branches,
       string_agg(Name, '; ' ORDER BY Name) AS branch_names
FROM branch
GROUP BY band
ORDER BY band_floor
