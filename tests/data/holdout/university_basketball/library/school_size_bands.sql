/*---
title: Schools by size band
description: >
  Schools grouped into enrollment bands (under 5,000; 5,000 to 19,999; 20,000 and over):
  how many schools, their total enrollment and how many are public. Smallest band first.
examples:
  - how many small, mid-size and large schools
  - schools by enrollment band
keywords: [band, bands, size, size band, bucket, small, mid-size, medium, large,
           distribution, enrollment band]
params: {}
owner: "@athletics-analytics"
---*/
SELECT CASE WHEN Enrollment < 5000 THEN 'under 5,000'
            WHEN Enrollment < 20000 THEN '5,000-19,999'
            ELSE '20,000 and over' END AS size_band,
       COUNT(*) AS schools, SUM(Enrollment) AS total_enrollment,
       COUNT(*) FILTER (WHERE Affiliation = 'Public') AS public_schools
FROM university
GROUP BY size_band
ORDER BY MIN(Enrollment)
