/*---
title: Best value wines
description: Wines with the most score points per dollar, best value first; top N.
examples:
  - best bang for the buck
  - top 10 value wines
  - good cheap wines with high scores
keywords: [value, best value, bargain, bargains, bang for the buck, points per dollar,
           quality price ratio, qpr, cheap, affordable]
params:
  n: {type: int, default: 10, min: 1, max: 500, label: how many wines}
owner: "@wine-analytics"
---*/
SELECT
    w.Name AS wine,
    w.Winery AS winery,
    w."Year" AS vintage,
    w.Price AS price,
    w.Score AS score,
    ROUND(w.Score / NULLIF(w.Price, 0), 2) AS points_per_dollar
FROM wine AS w
ORDER BY points_per_dollar DESC NULLS LAST
LIMIT :n
