/*---
title: Races per track
description: >
  One row per track, including tracks that have not hosted any race: location, the number of
  races held there, their classes and the race names. Optionally counting only races of one
  class, only the tracks of one state, or only tracks whose race count is within bounds
  (inclusive; at most 0 gives the tracks with no race). Most races first (default) or by
  track name.
examples:
  - how many races has each track hosted
  - which track has held the most races
  - tracks with no races
  - number of GT races per track
  - tracks that hosted at least 2 races
keywords: [track, tracks, speedway, venue, races, race, hosted, held, events, busiest,
           how many races, race count, number of races, activity]
params:
  race_class:
    type: choice
    optional: true
    label: race class
    choices: [DP/GT, GT]
    synonyms: {gt: GT, gt class: GT, gt only: GT, dp/gt: DP/GT, dp gt: DP/GT,
               daytona prototype: DP/GT, prototype: DP/GT, dp: DP/GT}
  state:
    type: choice
    optional: true
    label: state
    choices: [AZ, CA, FL, IL, KS, MI, SC, VA]
    synonyms: {arizona: AZ, california: CA, florida: FL, illinois: IL, kansas: KS,
               michigan: MI, south carolina: SC, virginia: VA}
  min_races: {type: int, optional: true, min: 0, label: at least (races)}
  max_races: {type: int, optional: true, min: 0, label: at most (races)}
  sort:
    type: choice
    choices: [most_races, name]
    default: most_races
    synonyms: {most races: most_races, busiest: most_races, by name: name, alphabetical: name}
owner: "@motorsport-analytics"
---*/
SELECT t.Name AS track, t.Location AS location, COUNT(r.Race_ID) AS races,
       string_agg(DISTINCT r.Class, ', ') AS classes,
       string_agg(r.Name, '; ' ORDER BY r.Race_ID) AS race_names
FROM track AS t
LEFT JOIN race AS r ON r.Track_ID = t.Track_ID
{% if race_class %}AND r.Class = :race_class
{% endif %}WHERE 1 = 1
{% if state %}AND trim(split_part(t.Location, ',', 2)) = :state
{% endif %}GROUP BY t.Track_ID, t.Name, t.Location
HAVING 1 = 1
{% if min_races is not none %}AND COUNT(r.Race_ID) >= :min_races
{% endif %}{% if max_races is not none %}AND COUNT(r.Race_ID) <= :max_races
{% endif %}ORDER BY
{% if sort == 'name' %}t.Name
{% else %}races DESC, t.Name
{% endif %}
