/*---
title: Appellations
description: >
  Every appellation (AVA or not) with its county and area, and the number of wines from it,
  their average and highest price and average and highest score. Optionally for one
  appellation, county or area.
examples:
  - appellations in Santa Barbara county
  - how do Russian River Valley wines score
  - list of AVAs with their area
  - average price per appellation
  - appellations of the Sierra Foothills
keywords: [appellation, appellations, appelation, appelations, ava, avas, county, counties,
           area, areas, region, regions, terroir, per appellation]
params:
  appelation: {type: string, optional: true, label: appellation}
  county: {type: string, optional: true}
  area: {type: string, optional: true}
owner: "@wine-analytics"
---*/
SELECT
    a.Appelation AS appelation,
    a.County AS county,
    a.Area AS area,
    a.isAVA AS is_ava,
    COUNT(w.No) AS wines,
    ROUND(AVG(w.Price), 2) AS average_price,
    MAX(w.Price) AS highest_price,
    ROUND(AVG(w.Score), 1) AS average_score,
    MAX(w.Score) AS highest_score
FROM appellations AS a
LEFT JOIN wine AS w ON w.Appelation = a.Appelation
WHERE TRUE
{% if appelation %}  AND a.Appelation = :appelation
{% endif %}{% if county %}  AND a.County = :county
{% endif %}{% if area %}  AND a.Area = :area
{% endif %}GROUP BY a.Appelation, a.County, a.Area, a.isAVA
ORDER BY a.Appelation
