/*---
title: Where members live
description: >
  One row per city: how many members live there, their names and their jobs. Optionally one
  city. Cities with most members first.
examples:
  - which cities are our members in
  - member count per city with names
  - who do we have in Chicago
keywords: [city, cities, town, location, where, live, lives, living, based, from, members,
           people, names, roster, per city, each city, geography]
params:
  city: {type: string, optional: true}
owner: "@growth-analytics"
---*/
SELECT
    p.city,
    COUNT(*) AS people,
    string_agg(p.name, ', ' ORDER BY p.name) AS names,
    string_agg(DISTINCT p.job, ', ') AS jobs
FROM Person AS p
WHERE 1 = 1
{% if city %}AND p.city = :city
{% endif %}GROUP BY p.city
ORDER BY people DESC, p.city
