/*---
title: Station openings per year
description: >
  Gas stations opened each year: the year, how many stations, and where. Optionally from
  or up to a year (inclusive). By year (default) or most openings first.
examples:
  - stations opened per year
  - how many stations opened each year since 2000
  - opening trend of the network
keywords: [openings, opened, opening, per year, each year, by year, trend, year, years,
           new stations, growth, timeline]
params:
  from_year: {type: int, optional: true, min: 1800, max: 2100}
  to_year: {type: int, optional: true, min: 1800, max: 2100}
  sort:
    type: choice
    choices: [year, most_openings]
    default: year
    synonyms: {chronological: year, most: most_openings}
owner: "@energy-analytics"
---*/
SELECT g.Open_Year AS open_year, COUNT(*) AS stations,
       string_agg(g.Location, ', ' ORDER BY g.Location) AS locations
FROM gas_station AS g
WHERE 1 = 1
{% if from_year %}AND g.Open_Year >= :from_year
{% endif %}{% if to_year %}AND g.Open_Year <= :to_year
{% endif %}GROUP BY g.Open_Year
ORDER BY
{% if sort == 'most_openings' %}stations DESC, g.Open_Year
{% else %}g.Open_Year
{% endif %}
