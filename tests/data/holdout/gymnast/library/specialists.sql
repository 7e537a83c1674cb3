/*---
title: Specialists
description: >
  One row per gymnast: the apparatus on which they score their own best, and that score.
examples:
  - what is each gymnast's strongest event
  - specialists by apparatus
keywords: [specialist, specialists, strongest, strength, strengths, signature event,
           best event, favourite apparatus]
params: {}
owner: "@federation-analytics"
---*/
SELECT p.Name AS gymnast, arg_max(u.apparatus, u.points) AS best_apparatus,
       MAX(u.points) AS best_points
FROM gymnast AS g
JOIN people AS p ON p.People_ID = g.Gymnast_ID
CROSS JOIN LATERAL (VALUES ('floor exercise', g.Floor_Exercise_Points),
    ('pommel horse', g.Pommel_Horse_Points), ('rings', g.Rings_Points),
    ('vault', g.Vault_Points), ('parallel bars', g.Parallel_Bars_Points),
    ('horizontal bar', g.Horizontal_Bar_Points)) AS u(apparatus, points)
GROUP BY p.Name
ORDER BY p.Name
