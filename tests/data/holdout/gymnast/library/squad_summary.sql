/*---
title: Squad headline figures
description: >
  One row of headline figures over the gymnasts: how many gymnasts and hometowns, their
  average, youngest and oldest age, average height, and the average, best and lowest total
  points. Optionally only gymnasts from one hometown, or of an age range.
examples:
  - how many gymnasts do we have
  - average age of the squad
  - squad summary
  - best and average total for gymnasts from Santo Domingo
keywords: [squad, team, count, number of gymnasts, how many, average, mean, overall, headline,
           summary, kpi, average age, average height, average total, best total]
params:
  hometown: {type: string, optional: true, label: hometown}
  min_age: {type: int, optional: true, min: 0, label: age at least}
  max_age: {type: int, optional: true, min: 0, label: age at most}
owner: "@federation-analytics"
---*/
SELECT COUNT(*) AS gymnasts, COUNT(DISTINCT p.Hometown) AS hometowns,
       ROUND(AVG(p.Age), 2) AS avg_age, MIN(p.Age) AS youngest_age, MAX(p.Age) AS oldest_age,
       ROUND(AVG(p.Height), 3) AS avg_height_m,
       ROUND(AVG(g.Total_Points), 3) AS avg_total_points,
       MAX(g.Total_Points) AS best_total_points, MIN(g.Total_Points) AS lowest_total_points
FROM gymnast AS g
JOIN people AS p ON p.People_ID = g.Gymnast_ID
WHERE 1 = 1
{% if hometown %}AND p.Hometown = :hometown
{% endif %}{% if min_age is not none and min_age is not false %}AND p.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND p.Age <= :max_age
{% endif %}
