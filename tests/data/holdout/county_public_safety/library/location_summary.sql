/*---
title: Public safety by location
description: >
  One row per location (East, West, North): the number of counties there and their names,
  total population and police officers, average crime rate and the police forces serving it.
  Most counties first.
examples:
  - counties per location
  - public safety by region
  - which side has the most counties
  - population and officers east vs west
keywords: [location, locations, region, regions, side, east, west, north, area, areas,
           counties, compare, breakdown]
params: {}
owner: "@public-safety-data"
---*/
SELECT Location AS location, COUNT(*) AS counties,
       string_agg(Name, '; ' ORDER BY Name) AS county_names,
       SUM(Population) AS population, SUM(Police_officers) AS police_officers,
       ROUND(AVG(Crime_rate), 1) AS avg_crime_rate,
       string_agg(DISTINCT Police_force, '; ') AS police_forces
FROM county_public_safety
GROUP BY Location
ORDER BY counties DESC, location
