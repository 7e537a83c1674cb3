/*---
title: Production volume by area
description: Cases produced per area and vintage, with the number of wines behind them.
examples:
  - case production by region
  - how many cases did the North Coast make per vintage
  - volume by area and year
keywords: [production, produced, volume, cases, case, output, area, region, vintage, year]
params:
  area: {type: string, optional: true}
owner: "@wine-analytics"
---*/
SELECT
    a.Area AS area,
    w."Year" AS vintage,
    COUNT(*) AS wines,
    SUM(w.Cases) AS cases
FROM wine AS w
JOIN appellations AS a ON a.Appelation = w.Appelation
{% if area %}WHERE a.Area = :area
{% endif %}GROUP BY a.Area, w."Year"
ORDER BY a.Area, w."Year"
