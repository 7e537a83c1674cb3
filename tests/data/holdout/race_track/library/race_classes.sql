/*---
title: Race classes
description: >
  One row per race class (such as DP/GT or GT): the number of races in the class, the number
  of tracks that host them and the race names. Optionally only classes with at least n races.
  Most races first.
examples:
  - what race classes are there
  - races per class
  - most common race class
  - classes with at least 3 races
keywords: [class, classes, category, categories, race class, race classes, kind, type,
           types, races, common, count]
params:
  min_races: {type: int, optional: true, min: 0, label: at least (races)}
owner: "@motorsport-analytics"
---*/
SELECT r.Class AS class, COUNT(*) AS races, COUNT(DISTINCT r.Track_ID) AS tracks,
       string_agg(r.Name, '; ' ORDER BY r.Race_ID) AS race_names
FROM race AS r
GROUP BY r.Class
HAVING 1 = 1
{% if min_races is not none %}AND COUNT(*) >= :min_races
{% endif %}ORDER BY races DESC, class
