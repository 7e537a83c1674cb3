/*---
title: Races by month
description: >
  Races per calendar month of the season (by the month the race starts in): number of races,
  their classes and the tracks used. Optionally one class. In calendar order.
examples:
  - races per month
  - how busy is each month of the season
  - monthly race count for GT
keywords: [month, months, monthly, season, calendar, busy, races per month, schedule density]
params:
  race_class:
    type: choice
    optional: true
    label: race class
    choices: [DP/GT, GT]
    synonyms: {gt: GT, gt class: GT, dp/gt: DP/GT, daytona prototype: DP/GT, prototype: DP/GT}
owner: "@motorsport-analytics"
---*/
SELECT split_part(r."Date", ' ', 1) AS month, COUNT(*) AS races,
       string_agg(DISTINCT r.Class, ', ') AS classes,
       COUNT(DISTINCT r.Track_ID) AS tracks, MIN(r.Race_ID) AS first_race_id
FROM race AS r
WHERE 1 = 1
{% if race_class %}AND r.Class = :race_class
{% endif %}GROUP BY 1
ORDER BY first_race_id
