/*---
title: Lifters by weight class
description: >
  Body builders grouped into bodyweight classes (up to 81 kg, 89 kg, 96 kg, 102 kg, over
  102 kg): number of lifters, their names and the best total in each class.
examples:
  - lifters per weight class
  - best total in each bodyweight category
keywords: [weight class, weight classes, category, categories, division, divisions,
           bodyweight class, kg class]
params: {}
owner: "@strength-stats"
---*/
SELECT CASE WHEN p.Weight <= 81 THEN 'up to 81 kg'
            WHEN p.Weight <= 89 THEN 'up to 89 kg'
            WHEN p.Weight <= 96 THEN 'up to 96 kg'
            WHEN p.Weight <= 102 THEN 'up to 102 kg'
            ELSE 'over 102 kg' END AS weight_class,
       COUNT(*) AS lifters, string_agg(p.Name, ', ' ORDER BY p.Name) AS names,
       MAX(b.Total) AS best_total
FROM body_builder AS b
JOIN people AS p ON p.People_ID = b.People_ID
GROUP BY 1
ORDER BY MIN(p.Weight)
