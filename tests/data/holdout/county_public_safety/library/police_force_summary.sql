/*---
title: Police forces
description: >
  One row per police force: the number of counties it polices and their names, their total
  population and officers, and their average crime rate. Optionally only the counties of one
  location. Most counties first.
examples:
  - which police forces do we have and how many counties each
  - officers per police force
  - RCMP coverage
  - police forces in the West
keywords: [police force, police forces, force, forces, department, agency, agencies, RCMP,
           policing, coverage, counties, officers, jurisdiction]
params:
  location:
    type: choice
    optional: true
    label: location (side of the region)
    choices: [East, West, North]
    synonyms: {east side: East, eastern: East, the east: East, west side: West,
               western: West, the west: West, north side: North, northern: North,
               the north: North}
owner: "@public-safety-data"
---*/
SELECT Police_force AS police_force, COUNT(*) AS counties,
       string_agg(Name, '; ' ORDER BY Name) AS county_names,
       SUM(Population) AS population, SUM(Police_officers) AS police_officers,
       ROUND(AVG(Crime_rate), 1) AS avg_crime_rate
FROM county_public_safety
WHERE 1 = 1
{% if location %}AND Location = :location
{% endif %}GROUP BY Police_force
ORDER BY counties DESC, police_force
