/*---
title: Captains
description: >
  One row per captain: name, age, rank, the class of ship they command, and the ship they
  are assigned to (name, type, flag, year built). Optionally one captain or the captains of
  one ship, of one rank or class, of ships under one flag, or an age range (inclusive).
  Sorted by name (default), youngest or oldest first.
examples:
  - who captains the HMS Trojan
  - list of captains with their rank and age
  - midshipmen older than 45
  - youngest captain in the fleet
keywords: [captain, captains, commander, officer, officers, skipper, master, rank, age, old,
           older, younger, youngest, oldest, class, ship, ships, assigned, commands,
           in charge of, lieutenant, midshipman, name]
params:
  captain: {type: string, optional: true, label: captain's name}
  ship: {type: string, optional: true, label: ship name}
  rank: {type: string, optional: true}
  captain_class: {type: string, optional: true, label: class commanded}
  flag: {type: string, optional: true, label: flag of the ship}
  min_age: {type: int, optional: true, min: 0, max: 120}
  max_age: {type: int, optional: true, min: 0, max: 120}
  sort:
    type: choice
    choices: [name, youngest, oldest]
    default: name
    synonyms: {alphabetical: name, by name: name, youngest first: youngest,
               ascending age: youngest, oldest first: oldest, descending age: oldest,
               eldest: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@fleet-data"
---*/
SELECT c.Captain_ID AS captain_id, c.Name AS captain, c.age AS age, c.Rank AS rank,
       c.Class AS class, s.Name AS ship, s.Type AS ship_type, s.Flag AS flag,
       s.Built_Year AS built_year
FROM captain AS c
LEFT JOIN Ship AS s ON s.Ship_ID = c.Ship_ID
WHERE 1 = 1
{% if captain %}AND c.Name = :captain
{% endif %}{% if ship %}AND s.Name = :ship
{% endif %}{% if rank %}AND c.Rank = :rank
{% endif %}{% if captain_class %}AND c.Class = :captain_class
{% endif %}{% if flag %}AND s.Flag = :flag
{% endif %}{% if min_age is not none and min_age is not false %}AND c.age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND c.age <= :max_age
{% endif %}ORDER BY
{% if sort == 'youngest' %}c.age, c.Name
{% elif sort == 'oldest' %}c.age DESC, c.Name
{% else %}c.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
