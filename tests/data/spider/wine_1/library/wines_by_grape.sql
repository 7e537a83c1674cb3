/*---
title: Wines by grape
description: >
  Per grape variety, with its colour: number of wines, average and highest price, average
  score. Optionally red or white grapes only.
examples:
  - how many wines per varietal
  - average price by grape
  - which grape makes the priciest wines on average
  - white varietals and their scores
keywords: [grape, grapes, varietal, varietals, variety, varieties, colour, color, red,
           white, per grape, by grape, average price, count]
params:
  color:
    type: choice
    choices: [Red, White]
    optional: true
    synonyms: {red: Red, reds: Red, white: White, whites: White}
owner: "@wine-analytics"
---*/
SELECT
    g.Grape AS grape,
    g.Color AS color,
    COUNT(w.No) AS wines,
    ROUND(AVG(w.Price), 2) AS average_price,
    MAX(w.Price) AS highest_price,
    ROUND(AVG(w.Score), 1) AS average_score
FROM grapes AS g
LEFT JOIN wine AS w ON w.Grape = g.Grape
{% if color %}WHERE g.Color = :color
{% endif %}GROUP BY g.Grape, g.Color
ORDER BY wines DESC, g.Grape
