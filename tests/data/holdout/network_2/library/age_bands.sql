/*---
title: Members by age band
description: >
  How many people fall in each age band (under 20, 20-29, 30-39, 40-49, 50 and over), split
  into female and male. Youngest band first.
examples:
  - age distribution of our members
  - how many people in their twenties vs thirties
keywords: [age band, age bands, age group, age groups, bracket, brackets, distribution,
           twenties, thirties, forties, demographics, histogram]
owner: "@growth-analytics"
---*/
SELECT
    CASE
        WHEN p.age < 20 THEN 'under 20'
        WHEN p.age < 30 THEN '20-29'
        WHEN p.age < 40 THEN '30-39'
        WHEN p.age < 50 THEN '40-49'
        ELSE '50 and over'
    END AS age_band,
    COUNT(*) AS people,
    COUNT(*) FILTER (WHERE p.gender = 'female') AS female,
    COUNT(*) FILTER (WHERE p.gender = 'male') AS male
FROM Person AS p
GROUP BY 1
ORDER BY MIN(p.age)
