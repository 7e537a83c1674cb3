/*---
title: Livestock ratios per farm
description: >
  One row per farm record: the share of horses that are working horses, the share of cattle
  that are cows, oxen and bulls, and pigs and sheep per head of cattle. Highest working-horse
  share first (default), or highest cow share.
examples:
  - what share of horses are working horses on each farm
  - cows as a percentage of cattle per farm
  - livestock mix ratios
keywords: [ratio, ratios, share, percentage, percent, proportion, mix, composition,
           working share, cow share, per head]
params:
  sort:
    type: choice
    choices: [working_share, cow_share]
    default: working_share
    synonyms: {working horses: working_share, cows: cow_share}
owner: "@agri-stats"
---*/
SELECT Farm_ID AS farm_id, Year AS year,
       ROUND(100.0 * Working_Horses / NULLIF(Total_Horses, 0), 1) AS working_horse_pct,
       ROUND(100.0 * Cows / NULLIF(Total_Cattle, 0), 1) AS cow_pct,
       ROUND(100.0 * Oxen / NULLIF(Total_Cattle, 0), 1) AS oxen_pct,
       ROUND(100.0 * Bulls / NULLIF(Total_Cattle, 0), 1) AS bull_pct,
       ROUND(Pigs / NULLIF(Total_Cattle, 0), 2) AS pigs_per_cattle,
       ROUND(Sheep_and_Goats / NULLIF(Total_Cattle, 0), 2) AS sheep_per_cattle
FROM farm
ORDER BY
{% if sort == 'cow_share' %}cow_pct DESC
{% else %}working_horse_pct DESC
{% endif %}
