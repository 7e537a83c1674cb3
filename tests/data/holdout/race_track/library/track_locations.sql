/*---
title: Track locations
description: >
  One row per location (city and state) where we have a track: the location as published,
  city, state, number of tracks and their names, and total seating there. Optionally one
  state. By state then city.
examples:
  - where are our tracks located
  - list of track locations
  - which cities have a track
  - track locations in Florida
keywords: [location, locations, city, cities, town, towns, state, states, where, places,
           map, located, sites]
params:
  state:
    type: choice
    optional: true
    label: state
    choices: [AZ, CA, FL, IL, KS, MI, SC, VA]
    synonyms: {arizona: AZ, california: CA, florida: FL, illinois: IL, kansas: KS,
               michigan: MI, south carolina: SC, virginia: VA}
owner: "@motorsport-analytics"
---*/
SELECT Location AS location, trim(split_part(Location, ',', 1)) AS city,
       trim(split_part(Location, ',', 2)) AS state, COUNT(*) AS tracks,
       string_agg(Name, '; ' ORDER BY Name) AS track_names, SUM(Seating) AS total_seating
FROM track
WHERE 1 = 1
{% if state %}AND trim(split_part(Location, ',', 2)) = :state
{% endif %}GROUP BY Location
ORDER BY state, city
