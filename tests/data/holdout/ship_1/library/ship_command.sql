/*---
title: Command per ship
description: >
  One row per ship with at least one captain: ship name, type, flag, year built, how many
  captains are assigned, the youngest and oldest captain's age, and the captains' names and
  ranks. Optionally only ships with at least `min_captains` captains, or ships whose
  captains hold one rank or are within an age range (inclusive). Most captains first
  (default) or by ship name.
examples:
  - how many captains does each ship have
  - ships with more than one captain
  - which ships are commanded by a lieutenant
keywords: [ship, ships, each ship, per ship, captains, captain count, number of captains,
           assigned, command, commanded by, crew, officers, rank, youngest captain, oldest
           captain]
params:
  min_captains: {type: int, optional: true, min: 1, max: 100, label: at least this many captains}
  rank: {type: string, optional: true, label: captains' rank}
  min_age: {type: int, optional: true, min: 0, max: 120, label: captains' minimum age}
  max_age: {type: int, optional: true, min: 0, max: 120, label: captains' maximum age}
  sort:
    type: choice
    choices: [most_captains, name]
    default: most_captains
    synonyms: {most: most_captains, alphabetical: name, by name: name}
owner: "@fleet-data"
---*/
SELECT s.Name AS ship, s.Type AS type, s.Flag AS flag, s.Built_Year AS built_year,
       COUNT(*) AS captains, MIN(c.age) AS youngest_captain_age, MAX(c.age) AS oldest_captain_age,
       string_agg(c.Name || ' (' || c.Rank || ')', '; ' ORDER BY c.Name) AS captain_names
FROM Ship AS s
JOIN captain AS c ON c.Ship_ID = s.Ship_ID
WHERE 1 = 1
{% if rank %}AND c.Rank = :rank
{% endif %}{% if min_age is not none and min_age is not false %}AND c.age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND c.age <= :max_age
{% endif %}GROUP BY s.Ship_ID, s.Name, s.Type, s.Flag, s.Built_Year
{% if min_captains %}HAVING COUNT(*) >= :min_captains
{% endif %}ORDER BY
{% if sort == 'name' %}s.Name
{% else %}captains DESC, s.Name
{% endif %}
