/*---
title: Training load bands
description: Players per band of training hours (under 500, 500-999, 1000-1499, 1500 and more),
  with how many of them carry a yellow card.
examples:
  - distribution of training load
  - how many players are in each hours bracket
  - are the heavy trainers getting carded more
keywords: [training, load, hours, band, bands, bracket, brackets, distribution, histogram,
           workload, cards, yellow]
params: {}
owner: "@sports-science"
---*/
SELECT
    CASE
        WHEN HS < 500 THEN 'under 500'
        WHEN HS < 1000 THEN '500-999'
        WHEN HS < 1500 THEN '1000-1499'
        ELSE '1500+'
    END AS band,
    COUNT(*) AS players,
    COUNT(*) FILTER (WHERE yCard = 'yes') AS carded
FROM Player
GROUP BY band
ORDER BY MIN(HS)
