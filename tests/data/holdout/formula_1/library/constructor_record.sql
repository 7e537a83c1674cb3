/*---
title: Constructor record
description: >
  Every constructor (team) since 1950: constructor id, name, nationality and, over its race
  results from 2008 onwards in this warehouse, races entered, wins, points and its first and
  last season there (zeros for teams without results in that span). Optionally one
  nationality, one team, or teams with at least a number of races. Most races first
  (default), most points, most wins, alphabetical, or by constructor id.
examples:
  - how many races has each team entered
  - Italian constructors and their points
  - constructor ids and names
  - which team has the most wins
  - teams with at least 50 races
keywords: [constructor, constructors, team, teams, manufacturer, nationality, races,
           number of races, how many races, entered, wins, points, record, each constructor,
           per constructor, constructor id, id, ids, name, names, list]
params:
  nationality: {type: string, optional: true, label: "team nationality as stored"}
  constructor: {type: string, optional: true, label: "team name as stored"}
  min_races: {type: int, optional: true, min: 1, label: "races at least"}
  sort:
    type: choice
    choices: [most_races, most_points, most_wins, name, id]
    default: most_races
    synonyms: {most races: most_races, most points: most_points, most wins: most_wins,
               alphabetical: name, a to z: name, by id: id, constructor id: id}
owner: "@f1-stats"
---*/
SELECT
    k.constructorId AS constructor_id,
    k.name AS team,
    k.nationality,
    COUNT(DISTINCT res.raceId) AS races,
    COUNT(*) FILTER (WHERE res.position = 1) AS wins,
    COALESCE(SUM(res.points), 0) AS points,
    MIN(r.year) AS first_season,
    MAX(r.year) AS last_season
FROM constructors AS k
LEFT JOIN results AS res ON res.constructorId = k.constructorId
LEFT JOIN races AS r ON r.raceId = res.raceId
WHERE 1 = 1
{% if nationality %}AND k.nationality = :nationality
{% endif %}{% if constructor %}AND k.name = :constructor
{% endif %}GROUP BY k.constructorId, k.name, k.nationality
HAVING 1 = 1
{% if min_races %}AND COUNT(DISTINCT res.raceId) >= :min_races
{% endif %}ORDER BY
{% if sort == 'most_points' %}points DESC, k.constructorId
{% elif sort == 'most_wins' %}wins DESC, k.constructorId
{% elif sort == 'name' %}k.name
{% elif sort == 'id' %}k.constructorId
{% else %}races DESC, k.constructorId
{% endif %}
