/*---
title: Pitches by amount requested
description: >
  How many entrepreneurs asked for each band of money (under 60k, 60k-100k, 100k-130k,
  130k and over), with their total and the companies.
examples:
  - distribution of money requested
  - how many pitches per funding band
keywords: [distribution, band, bands, bucket, buckets, range, ranges, histogram, money,
           requested, amount, size, spread]
params: {}
owner: "@venture-analytics"
---*/
SELECT CASE WHEN Money_Requested < 60000 THEN '1: under 60k'
            WHEN Money_Requested < 100000 THEN '2: 60k-100k'
            WHEN Money_Requested < 130000 THEN '3: 100k-130k'
            ELSE '4: 130k and over' END AS band,
       COUNT(*) AS entrepreneurs, SUM(Money_Requested) AS total_requested,
       string_agg(Company, ', ' ORDER BY Money_Requested DESC) AS companies
FROM entrepreneur
GROUP BY 1
ORDER BY 1
