/*---
title: Stores by floor-area band
description: >
  Stores bucketed by floor area (under 10, 10 to 50, 50 and over): stores per band, their
  average ranking and average number of product categories. Smallest band first.
examples:
  - store size bands
  - how do small stores rank compared to big ones
keywords: [band, bands, bucket, buckets, size band, floor area, small, medium, large,
           compare, distribution]
params: {}
owner: "@retail-ops"
---*/
SELECT CASE WHEN Area_size < 10 THEN '1. under 10'
            WHEN Area_size < 50 THEN '2. 10 to 50'
            ELSE '3. 50 and over' END AS size_band,
       COUNT(*) AS stores, AVG(Ranking) AS average_ranking,
       AVG(Number_of_product_category) AS average_product_categories
FROM store
GROUP BY size_band
ORDER BY size_band
