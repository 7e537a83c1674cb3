/*---
title: Wines per price band
description: Number of wines and average score in each price band (under 20, 20-49, 50-99, 100 and over).
examples:
  - price distribution of the list
  - how many wines cost over 100
  - score by price tier
keywords: [price band, price bands, tier, tiers, bracket, brackets, distribution, spread,
           histogram, expensive, cheap]
params: {}
owner: "@wine-analytics"
---*/
SELECT
    CASE
        WHEN w.Price < 20 THEN 'under 20'
        WHEN w.Price < 50 THEN '20-49'
        WHEN w.Price < 100 THEN '50-99'
        ELSE '100 and over'
    END AS price_band,
    COUNT(*) AS wines,
    ROUND(AVG(w.Score), 1) AS average_score
FROM wine AS w
GROUP BY 1
ORDER BY MIN(w.Price)
