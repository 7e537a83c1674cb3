/*---
title: Campuses per county
description: >
  One row per county that has a CSU campus: how many campuses it has, the first and the most
  recent year one opened there, and the campus names. Optionally only counties with at least
  a given number of campuses. Most campuses first (default), or by county name.
examples:
  - how are the campuses spread across counties
  - counties with two or more campuses
  - campus count by county
keywords: [county, counties, per county, each county, by county, campuses, campus,
           universities, spread, distribution, how many, number, count, most, at least]
params:
  min_campuses: {type: int, optional: true, min: 1, max: 50,
                 label: counties with at least this many campuses}
  sort:
    type: choice
    choices: [most_campuses, county]
    default: most_campuses
    synonyms: {most campuses: most_campuses, most: most_campuses, biggest: most_campuses,
               by county: county, alphabetical: county, by name: county}
owner: "@csu-institutional-research"
---*/
SELECT
    c.County AS county,
    COUNT(*) AS campuses,
    MIN(c.Year) AS first_opened,
    MAX(c.Year) AS last_opened,
    STRING_AGG(c.Campus, '; ' ORDER BY c.Campus) AS campus_names
FROM Campuses AS c
GROUP BY c.County
{% if min_campuses %}HAVING COUNT(*) >= :min_campuses
{% endif %}ORDER BY
{% if sort == 'county' %}1
{% else %}campuses DESC, 1
{% endif %}
