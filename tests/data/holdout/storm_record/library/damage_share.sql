/*---
title: Share of damage by storm
description: >
  Each storm's damage in millions of USD and its share of the damage of all storms on
  record, in percent, largest share first.
examples:
  - what share of total damage did each storm cause
  - percentage of losses by storm
  - damage split across storms
keywords: [share, percent, percentage, proportion, split, contribution, of total, damage,
           losses]
params: {}
owner: "@risk-analytics"
---*/
SELECT
    s.Name AS storm,
    s.Damage_millions_USD AS damage_millions_usd,
    ROUND(100 * s.Damage_millions_USD / SUM(s.Damage_millions_USD) OVER (), 1) AS share_percent
FROM storm AS s
ORDER BY s.Damage_millions_USD DESC, s.Storm_ID
