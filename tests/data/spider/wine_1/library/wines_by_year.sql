/*---
title: Vintages summary
description: >
  Per vintage year: number of wines, average and highest price, average and highest score,
  average cases made. Optionally for one grape.
examples:
  - how did each vintage score
  - average price per year
  - Merlot by vintage
  - best score in every vintage
keywords: [vintage, vintages, year, years, per year, by year, yearly, average price,
           highest price, highest score, cases, production]
params:
  grape: {type: string, optional: true, label: grape variety}
owner: "@wine-analytics"
---*/
SELECT
    w."Year" AS vintage,
    COUNT(*) AS wines,
    ROUND(AVG(w.Price), 2) AS average_price,
    MAX(w.Price) AS highest_price,
    ROUND(AVG(w.Score), 1) AS average_score,
    MAX(w.Score) AS highest_score,
    ROUND(AVG(w.Cases), 1) AS average_cases
FROM wine AS w
{% if grape %}WHERE w.Grape = :grape
{% endif %}GROUP BY w."Year"
ORDER BY w."Year"
