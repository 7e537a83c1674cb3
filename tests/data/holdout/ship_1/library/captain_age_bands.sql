/*---
title: Captain age bands
description: >
  Captains counted in age bands: under 40, 40-49, 50-59, 60 and over.
examples:
  - age distribution of captains
  - how many captains are in their 40s
keywords: [age band, age bands, age distribution, age profile, in their 40s, in their 50s,
           histogram, buckets, age groups]
params: {}
owner: "@fleet-data"
---*/
SELECT CASE WHEN age < 40 THEN 'under 40' WHEN age < 50 THEN '40-49'
            WHEN age < 60 THEN '50-59' ELSE '60 and over' END AS age_band,
       COUNT(*) AS captains
FROM captain
GROUP BY age_band
ORDER BY MIN(age)
