/*---
title: Full-time and part-time buses
description: >
  School buses split into full-time and part-time: how many, the average, fewest and most
  years their drivers have worked, and the drivers' average age.
examples:
  - how many bus drivers are full time vs part time
  - average tenure of part-time drivers
keywords: [full time, full-time, part time, part-time, employment, contract, split,
           fulltime, parttime, how many full time, tenure]
params: {}
owner: "@transport-ops"
---*/
SELECT CASE b.If_full_time WHEN 'T' THEN 'full time' WHEN 'F' THEN 'part time' END AS employment,
       COUNT(*) AS buses,
       ROUND(AVG(b.Years_Working), 2) AS average_years_working,
       MIN(b.Years_Working) AS fewest_years_working, MAX(b.Years_Working) AS most_years_working,
       ROUND(AVG(d.Age), 1) AS average_driver_age
FROM school_bus AS b
JOIN driver AS d ON d.Driver_ID = b.Driver_ID
GROUP BY employment
ORDER BY employment
