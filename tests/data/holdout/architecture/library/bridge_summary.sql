/*---
title: Bridge lengths by architect or country
description: >
  Bridges grouped by architect (default), by country (the last part of the location) or by
  the architect's nationality: how many bridges, and their total, average, shortest and
  longest length in metres, and the average length in feet. Sorted by most bridges (default),
  longest average, longest bridge or name.
examples:
  - average bridge length per architect
  - how many bridges in each country
  - which architect has the longest bridges on average
keywords: [bridge, bridges, length, average length, mean length, total length, per architect,
           by architect, per country, by country, each, count, how many]
params:
  by:
    type: choice
    choices: [architect, country, nationality]
    default: architect
    synonyms: {per architect: architect, designer: architect, per country: country,
               location: country, per nationality: nationality}
  sort:
    type: choice
    choices: [bridges, average, longest, name]
    default: bridges
    synonyms: {most bridges: bridges, count: bridges, average length: average,
               longest average: average, longest bridge: longest, alphabetical: name}
owner: "@heritage-data"
---*/
SELECT
{% if by == 'country' %}trim(split_part(b.location, ',', -1))
{% elif by == 'nationality' %}a.nationality
{% else %}a.name
{% endif %}AS grp,
       COUNT(*) AS bridges, ROUND(SUM(b.length_meters), 1) AS total_meters,
       ROUND(AVG(b.length_meters), 2) AS average_meters, MIN(b.length_meters) AS shortest_meters,
       MAX(b.length_meters) AS longest_meters, ROUND(AVG(b.length_feet), 2) AS average_feet
FROM bridge AS b
LEFT JOIN architect AS a ON a.id = b.architect_id
GROUP BY 1
ORDER BY
{% if sort == 'average' %}average_meters DESC
{% elif sort == 'longest' %}longest_meters DESC
{% elif sort == 'name' %}grp
{% else %}bridges DESC, grp
{% endif %}
