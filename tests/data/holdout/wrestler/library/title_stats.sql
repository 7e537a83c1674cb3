/*---
title: Title history at a glance
description: >
  One row of overall figures for the title: number of wrestlers who held it, distinct
  locations and events, total, average, shortest and longest days held, wrestlers
  eliminated in the elimination match and distinct teams among them. Optionally only
  wrestlers won at one location.
examples:
  - how many champions have there been
  - average length of a title reign
  - how many different teams were in the elimination match
  - title stats for Tokyo
keywords: [total, overall, how many, number of, count, average, mean, summary, stats,
           statistics, glance, champions, distinct]
params:
  location: {type: string, optional: true, label: location}
owner: "@wrestling-stats"
---*/
SELECT COUNT(*) AS wrestlers,
       COUNT(DISTINCT w.Location) AS locations,
       COUNT(DISTINCT w.Event) AS events,
       SUM(w.Days_held) AS total_days,
       ROUND(AVG(w.Days_held), 1) AS average_days,
       MIN(w.Days_held) AS shortest_days,
       MAX(w.Days_held) AS longest_days,
       COUNT(e.Elimination_ID) AS wrestlers_eliminated,
       COUNT(DISTINCT e.Team) AS teams
FROM wrestler AS w
LEFT JOIN Elimination AS e ON e.Wrestler_ID = w.Wrestler_ID
WHERE 1 = 1
{% if location %}AND w.Location = :location
{% endif %}
