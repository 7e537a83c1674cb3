/*---
title: Apparatus averages
description: >
  One row per apparatus (floor exercise, pommel horse, rings, vault, parallel bars,
  horizontal bar): the gymnasts' average, best and lowest points on it, and who scored best.
  Optionally only gymnasts from one hometown.
examples:
  - average points per apparatus
  - what's the average on the horizontal bar
  - best and worst vault scores
  - apparatus averages for the Santo Domingo gymnasts
keywords: [apparatus, event, events, average, mean, per apparatus, per event, best, lowest,
           worst, floor exercise, pommel horse, rings, vault, parallel bars, horizontal bar,
           high bar, top scorer]
params:
  hometown: {type: string, optional: true, label: hometown}
owner: "@federation-analytics"
---*/
WITH s AS (
    SELECT p.Name AS name, u.apparatus, u.points
    FROM gymnast AS g
    JOIN people AS p ON p.People_ID = g.Gymnast_ID
    CROSS JOIN LATERAL (VALUES
        (1, 'floor exercise', g.Floor_Exercise_Points),
        (2, 'pommel horse', g.Pommel_Horse_Points),
        (3, 'rings', g.Rings_Points),
        (4, 'vault', g.Vault_Points),
        (5, 'parallel bars', g.Parallel_Bars_Points),
        (6, 'horizontal bar', g.Horizontal_Bar_Points)) AS u(pos, apparatus, points)
    WHERE 1 = 1
    {% if hometown %}AND p.Hometown = :hometown
    {% endif %}
)
SELECT apparatus, ROUND(AVG(points), 4) AS avg_points, MAX(points) AS best_points,
       MIN(points) AS lowest_points, arg_max(name, points) AS best_gymnast
FROM s
GROUP BY apparatus
ORDER BY MIN(CASE apparatus WHEN 'floor exercise' THEN 1 WHEN 'pommel horse' THEN 2
    WHEN 'rings' THEN 3 WHEN 'vault' THEN 4 WHEN 'parallel bars' THEN 5 ELSE 6 END)
