/*---
title: Profile of each investor's entrepreneurs
description: >
  Per investor: the average height, weight and age (years, today) of the entrepreneurs they
  backed, the tallest of them, and their names. Sorted by investor name.
examples:
  - average height of each investor's entrepreneurs
  - how old are the founders each investor backs
keywords: [investor, investors, profile, founders, entrepreneurs, average height,
           average weight, age, per investor, demographics]
params: {}
owner: "@venture-analytics"
---*/
SELECT e.Investor AS investor, COUNT(*) AS entrepreneurs,
       ROUND(AVG(p.Height), 3) AS average_height, ROUND(AVG(p.Weight), 2) AS average_weight,
       ROUND(AVG(date_diff('year', p.Date_of_Birth, current_date)), 1) AS average_age,
       MAX(p.Height) AS tallest, string_agg(p.Name, ', ' ORDER BY p.Name) AS names
FROM entrepreneur AS e
JOIN people AS p ON p.People_ID = e.People_ID
GROUP BY e.Investor
ORDER BY e.Investor
