/*---
title: Counties
description: >
  Every county with its id, population and zip code. Optionally only counties within a
  population range; sorted by name (A to Z or Z to A) or by population, and cut to the first n.
examples:
  - list the counties with their populations
  - counties with at least 80000 residents
  - smallest counties by population
  - the five most populous counties
  - counties z to a
keywords: [county, counties, population, residents, inhabitants, people, size, zip, zip code,
           postal code, list, number of counties, largest, smallest, biggest]
params:
  min_population: {type: int, optional: true, min: 0, label: population at least}
  max_population: {type: int, optional: true, min: 0, label: population at most}
  sort:
    type: choice
    choices: [name, name_desc, largest, smallest]
    default: name
    synonyms: {alphabetical: name, a to z: name, reverse alphabetical: name_desc, z to a: name_desc,
               most populous: largest, biggest: largest, largest population: largest,
               least populous: smallest, smallest population: smallest, ascending population: smallest}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n counties}
owner: "@elections-data"
---*/
SELECT
    County_Id,
    County_name,
    Population,
    Zip_code
FROM county
WHERE 1 = 1
{% if min_population %}AND Population >= :min_population
{% endif %}{% if max_population %}AND Population <= :max_population
{% endif %}ORDER BY
{% if sort == 'name_desc' %}County_name DESC
{% elif sort == 'largest' %}Population DESC, County_name
{% elif sort == 'smallest' %}Population, County_name
{% else %}County_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
