/*---
title: Best lifts
description: >
  One row per lift (snatch, clean and jerk, total): the best mark in kg and who holds it
  (all holders when tied).
examples:
  - best marks per lift
  - who holds the top clean and jerk
  - record snatch and total
keywords: [record, records, best, top, mark, marks, pr, personal best, holder, snatch,
           clean and jerk, total, lift, lifts]
params: {}
owner: "@strength-stats"
---*/
WITH lifts AS (
    SELECT 'snatch' AS lift, 1 AS k, p.Name AS name, b.Snatch AS kg
    FROM body_builder AS b JOIN people AS p ON p.People_ID = b.People_ID
    UNION ALL
    SELECT 'clean and jerk', 2, p.Name, b.Clean_Jerk
    FROM body_builder AS b JOIN people AS p ON p.People_ID = b.People_ID
    UNION ALL
    SELECT 'total', 3, p.Name, b.Total
    FROM body_builder AS b JOIN people AS p ON p.People_ID = b.People_ID
)
SELECT lift, MAX(kg) AS best_kg,
       string_agg(name, ', ' ORDER BY name) FILTER (WHERE kg = best) AS held_by
FROM (SELECT *, MAX(kg) OVER (PARTITION BY lift) AS best FROM lifts)
GROUP BY lift, k
ORDER BY k
