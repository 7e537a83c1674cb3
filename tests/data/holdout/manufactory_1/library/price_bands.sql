/*---
title: Products per price band
description: The number of catalogue items in each price band (under 50, 50-99, 100-199,
  200 and above), with examples of each.
examples:
  - how is the catalogue spread over price points
  - price band distribution
  - entry-level versus premium items
keywords: [band, bands, bucket, buckets, tier, tiers, price point, price points, distribution,
           spread, histogram, entry level, budget, premium, mid range]
params: {}
owner: "@procurement-analytics"
---*/
SELECT
    CASE
        WHEN Price < 50 THEN '1. under 50'
        WHEN Price < 100 THEN '2. 50-99'
        WHEN Price < 200 THEN '3. 100-199'
        ELSE '4. 200 and above'
    END AS price_band,
    COUNT(*) AS products,
    string_agg(Name, ', ' ORDER BY Name) AS examples
FROM Products
GROUP BY price_band
ORDER BY price_band
