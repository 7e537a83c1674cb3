/*---
title: Station managers
description: >
  One row per station manager: how many stations they manage, the first and last year one
  of them opened, and the locations. Optionally only stations opened after a year (strict).
  Most stations first (default) or by name.
examples:
  - how many stations does each manager run
  - manager with the most stations
  - managers of stations opened after 2000
keywords: [manager, managers, manages, managing, station manager, site manager, run, runs,
           in charge, how many stations, per manager, each manager]
params:
  opened_after: {type: int, optional: true, min: 1800, max: 2100, label: opened after (exclusive)}
  sort:
    type: choice
    choices: [most_stations, name]
    default: most_stations
    synonyms: {most: most_stations, alphabetical: name, by name: name}
owner: "@energy-analytics"
---*/
SELECT g.Manager_Name AS manager, COUNT(*) AS stations, MIN(g.Open_Year) AS first_opened,
       MAX(g.Open_Year) AS last_opened, string_agg(g.Location, ', ' ORDER BY g.Location) AS locations
FROM gas_station AS g
WHERE 1 = 1
{% if opened_after %}AND g.Open_Year > :opened_after
{% endif %}GROUP BY g.Manager_Name
ORDER BY
{% if sort == 'name' %}g.Manager_Name
{% else %}stations DESC, g.Manager_Name
{% endif %}
