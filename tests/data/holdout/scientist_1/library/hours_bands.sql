/*---
title: Projects by size band
description: >
  How many projects fall in each size band of budgeted hours (under 200, 200-499, 500-999,
  1000 and more), with their total hours and scientists.
examples:
  - distribution of project sizes
  - how many small vs large projects
  - project size histogram
keywords: [band, bands, bucket, buckets, distribution, histogram, size, small, medium, large,
           spread]
params: {}
owner: "@research-ops"
---*/
SELECT
    CASE WHEN p.Hours < 200 THEN '1: under 200'
         WHEN p.Hours < 500 THEN '2: 200-499'
         WHEN p.Hours < 1000 THEN '3: 500-999'
         ELSE '4: 1000+' END AS band,
    COUNT(*) AS projects,
    SUM(p.Hours) AS total_hours,
    SUM((SELECT COUNT(*) FROM AssignedTo AS a WHERE a.Project = p.Code)) AS scientists
FROM Projects AS p
GROUP BY 1
ORDER BY 1
