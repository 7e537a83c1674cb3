/*---
title: Damage per death
description: >
  For storms that caused deaths: deaths, damage in millions of USD and damage per death,
  costliest per death first.
examples:
  - damage per fatality by storm
  - cost per death for the deadly storms
  - how expensive was each deadly storm per life lost
keywords: [per death, per fatality, ratio, cost per death, damage per death, deadly, severity]
params: {}
owner: "@risk-analytics"
---*/
SELECT
    s.Name AS storm,
    s.Number_Deaths AS deaths,
    s.Damage_millions_USD AS damage_millions_usd,
    ROUND(s.Damage_millions_USD / s.Number_Deaths, 3) AS damage_per_death
FROM storm AS s
WHERE s.Number_Deaths > 0
ORDER BY damage_per_death DESC, s.Storm_ID
