/*---
title: Schools by location
description: >
  Per school location (city): how many schools, which types, and how many school buses
  serve them. Most schools first (default), or by location.
examples:
  - how many schools in each city
  - where are our schools located
  - buses per school location
keywords: [location, locations, city, cities, where, per location, each location,
           by location, how many schools, schools per city, located]
params:
  sort:
    type: choice
    choices: [most_schools, location]
    default: most_schools
    synonyms: {most: most_schools, alphabetical: location, by location: location}
owner: "@transport-ops"
---*/
SELECT s.Location AS location, COUNT(DISTINCT s.School_ID) AS schools,
       string_agg(DISTINCT s.Type, ', ' ORDER BY s.Type) AS types,
       COUNT(b.Driver_ID) AS buses
FROM school AS s
LEFT JOIN school_bus AS b ON b.School_ID = s.School_ID
GROUP BY s.Location
ORDER BY
{% if sort == 'location' %}location
{% else %}schools DESC, location
{% endif %}
