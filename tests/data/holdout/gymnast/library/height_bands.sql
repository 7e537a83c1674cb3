/*---
title: Height bands
description: >
  One row per height band (under 1.72 m, 1.72-1.75 m, over 1.75 m): gymnasts in the band
  and their average points on each apparatus, to see whether height helps on some of them.
examples:
  - does height matter for scores
  - scores by height band
keywords: [height band, height bands, tall vs short, stature, anthropometrics, correlation]
params: {}
owner: "@federation-analytics"
---*/
SELECT CASE WHEN p.Height < 1.72 THEN 'under 1.72 m'
            WHEN p.Height <= 1.75 THEN '1.72-1.75 m'
            ELSE 'over 1.75 m' END AS height_band,
       COUNT(*) AS gymnasts,
       ROUND(AVG(g.Floor_Exercise_Points), 3) AS avg_floor,
       ROUND(AVG(g.Pommel_Horse_Points), 3) AS avg_pommel_horse,
       ROUND(AVG(g.Rings_Points), 3) AS avg_rings,
       ROUND(AVG(g.Vault_Points), 3) AS avg_vault,
       ROUND(AVG(g.Parallel_Bars_Points), 3) AS avg_parallel_bars,
       ROUND(AVG(g.Horizontal_Bar_Points), 3) AS avg_horizontal_bar,
       ROUND(AVG(g.Total_Points), 3) AS avg_total
FROM gymnast AS g
JOIN people AS p ON p.People_ID = g.Gymnast_ID
GROUP BY height_band
ORDER BY MIN(p.Height)
