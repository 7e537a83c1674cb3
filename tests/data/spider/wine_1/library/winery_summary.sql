/*---
title: Wineries
description: >
  Per winery: number of wines, average price, best score and the range of vintages; most
  wines first. Optionally for one winery, only red or white wines, wineries with at least N
  wines, or the first N wineries.
examples:
  - biggest producers by number of wines
  - how many wines does Kosta Browne have
  - top 5 wineries for red wines
  - wineries with 10 or more wines
keywords: [winery, wineries, producer, producers, estate, estates, house, per winery,
           number of wines, how many wines, biggest]
params:
  winery: {type: string, optional: true}
  color:
    type: choice
    choices: [Red, White]
    optional: true
    synonyms: {red: Red, reds: Red, white: White, whites: White}
  min_wines: {type: int, optional: true, min: 1, max: 1000, label: at least N wines}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many wineries}
owner: "@wine-analytics"
---*/
SELECT
    w.Winery AS winery,
    COUNT(*) AS wines,
    ROUND(AVG(w.Price), 2) AS average_price,
    MAX(w.Score) AS best_score,
    MIN(w."Year") AS first_vintage,
    MAX(w."Year") AS last_vintage
FROM wine AS w
LEFT JOIN grapes AS g ON g.Grape = w.Grape
WHERE TRUE
{% if winery %}  AND w.Winery = :winery
{% endif %}{% if color %}  AND g.Color = :color
{% endif %}GROUP BY w.Winery
{% if min_wines %}HAVING COUNT(*) >= :min_wines
{% endif %}ORDER BY wines DESC, w.Winery
{% if n %}LIMIT :n
{% endif %}
