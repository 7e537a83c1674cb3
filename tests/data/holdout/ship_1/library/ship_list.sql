/*---
title: Ships
description: >
  One row per ship in the fleet: name, type, year built, class and flag. Optionally one
  ship by name, ships of one flag, type or class, ships built in one year or in a range of
  years. Sorted by name (default), oldest or newest first.
examples:
  - list all ships with their flag
  - which ships were built in 1998
  - ships flying the Malta flag
  - fleet list, newest first
keywords: [ship, ships, vessel, vessels, fleet, name, type, built, built year, year built,
           build year, class, flag, flagged, registered, registry, oldest, newest]
params:
  ship: {type: string, optional: true, label: ship name}
  flag: {type: string, optional: true}
  ship_type: {type: string, optional: true, label: ship type}
  ship_class: {type: string, optional: true, label: ship class}
  built_year: {type: int, optional: true, min: 1600, max: 2100}
  built_after: {type: int, optional: true, min: 1600, max: 2100, label: built after (exclusive)}
  built_before: {type: int, optional: true, min: 1600, max: 2100, label: built before (exclusive)}
  sort:
    type: choice
    choices: [name, oldest, newest]
    default: name
    synonyms: {alphabetical: name, by name: name, oldest first: oldest, earliest: oldest,
               newest first: newest, latest: newest, most recent: newest, youngest: newest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@fleet-data"
---*/
SELECT s.Ship_ID AS ship_id, s.Name AS ship, s.Type AS type, s.Built_Year AS built_year,
       s.Class AS class, s.Flag AS flag
FROM Ship AS s
WHERE 1 = 1
{% if ship %}AND s.Name = :ship
{% endif %}{% if flag %}AND s.Flag = :flag
{% endif %}{% if ship_type %}AND s.Type = :ship_type
{% endif %}{% if ship_class %}AND s.Class = :ship_class
{% endif %}{% if built_year %}AND s.Built_Year = :built_year
{% endif %}{% if built_after %}AND s.Built_Year > :built_after
{% endif %}{% if built_before %}AND s.Built_Year < :built_before
{% endif %}ORDER BY
{% if sort == 'oldest' %}s.Built_Year, s.Name
{% elif sort == 'newest' %}s.Built_Year DESC, s.Name
{% else %}s.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
