/*---
title: Storms by starting month
description: >
  Storms grouped by the month they became active (read from the start of the dates active):
  storms, deaths, damage (millions USD), highest maximum speed.
examples:
  - storms per month
  - which month had the most storms
  - monthly breakdown of damage
keywords: [month, months, monthly, per month, by month, seasonality, timing, started, began]
params: {}
owner: "@risk-analytics"
---*/
SELECT
    regexp_extract(s.Dates_active, '^([A-Za-z]+)', 1) AS start_month,
    COUNT(*) AS storms,
    SUM(s.Number_Deaths) AS deaths,
    SUM(s.Damage_millions_USD) AS damage_millions_usd,
    MAX(s.Max_speed) AS highest_max_speed
FROM storm AS s
GROUP BY 1
ORDER BY MIN(s.Storm_ID)
