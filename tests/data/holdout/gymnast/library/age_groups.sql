/*---
title: Age groups
description: >
  One row per age group (19-20, 21-22, 23-24, and any other ages): people in the register,
  gymnasts among them, and the gymnasts' average total points.
examples:
  - breakdown by age group
  - how do the age brackets compare on total points
  - juniors vs seniors
keywords: [age group, age groups, bracket, brackets, band, bands, cohort, cohorts, juniors,
           seniors, under 21]
params: {}
owner: "@federation-analytics"
---*/
SELECT CASE WHEN p.Age BETWEEN 19 AND 20 THEN '19-20'
            WHEN p.Age BETWEEN 21 AND 22 THEN '21-22'
            WHEN p.Age BETWEEN 23 AND 24 THEN '23-24'
            ELSE 'other' END AS age_group,
       COUNT(*) AS people, COUNT(g.Gymnast_ID) AS gymnasts,
       ROUND(AVG(g.Total_Points), 3) AS avg_total_points
FROM people AS p
LEFT JOIN gymnast AS g ON g.Gymnast_ID = p.People_ID
GROUP BY age_group
ORDER BY age_group
