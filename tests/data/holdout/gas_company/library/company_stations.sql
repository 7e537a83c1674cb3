/*---
title: Stations per company
description: >
  One row per company: its rank, headquarters, main industry, how many gas stations it
  operates, the first and last year one of them opened, and their locations. Companies
  with no station show 0 unless `min_stations` is given (at least that many). Most
  stations first (default), or by company rank or name.
examples:
  - how many stations does each company operate
  - companies with at least two gas stations
  - which company runs the most stations
keywords: [stations per company, each company, per company, number of stations, how many
           stations, station count, operate, operates, operating, network, footprint,
           company, companies, most stations, gas stations]
params:
  min_stations: {type: int, optional: true, min: 0, max: 1000, label: at least this many stations}
  headquarters: {type: string, optional: true, label: headquarters country}
  industry: {type: string, optional: true, label: main industry}
  sort:
    type: choice
    choices: [most_stations, fewest_stations, rank, name]
    default: most_stations
    synonyms: {most: most_stations, fewest: fewest_stations, least: fewest_stations,
               ranking: rank, alphabetical: name, by name: name}
owner: "@energy-analytics"
---*/
SELECT c.Rank AS rank, c.Company AS company, c.Headquarters AS headquarters,
       c.Main_Industry AS main_industry, COUNT(sc.Station_ID) AS stations,
       MIN(g.Open_Year) AS first_opened, MAX(g.Open_Year) AS last_opened,
       string_agg(g.Location, ', ' ORDER BY g.Location) AS locations
FROM company AS c
LEFT JOIN station_company AS sc ON sc.Company_ID = c.Company_ID
LEFT JOIN gas_station AS g ON g.Station_ID = sc.Station_ID
WHERE 1 = 1
{% if headquarters %}AND c.Headquarters = :headquarters
{% endif %}{% if industry %}AND c.Main_Industry = :industry
{% endif %}GROUP BY c.Company_ID, c.Rank, c.Company, c.Headquarters, c.Main_Industry
{% if min_stations is not none and min_stations is not false %}HAVING COUNT(sc.Station_ID) >= :min_stations
{% endif %}ORDER BY
{% if sort == 'fewest_stations' %}stations, c.Rank
{% elif sort == 'rank' %}c.Rank
{% elif sort == 'name' %}c.Company
{% else %}stations DESC, c.Rank
{% endif %}
