/*---
title: Constructors' championship standings
description: >
  The constructors' championship table as it stood after each race (2008 onwards in this
  warehouse): season, round, race, team id, name and nationality, points so far, position in
  the standings and wins so far that season. Filter by season, race name, team, team
  nationality (Italian, British, Japanese...), standings position or points above a figure.
  By season and round then position (default), or most points first.
examples:
  - constructors' table after the last race of 2014
  - how many points did Williams have after Silverstone 2012
  - Italian teams in the standings
  - which teams have ever had more than 500 points
  - who led the constructors' championship in 2010
keywords: [constructor, constructors, team, teams, standings, championship, table, points,
           earned, scored, position, wins, nationality, italian, british, japanese, german,
           season, round, race, leader, more than, once]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
  race: {type: string, optional: true, label: "race name"}
  constructor: {type: string, optional: true, label: "team name as stored"}
  nationality: {type: string, optional: true, label: "team nationality as stored, e.g. Japanese"}
  position: {type: int, optional: true, min: 1, max: 100, label: "standings position"}
  points_above: {type: number, optional: true, min: 0, label: "points more than"}
  sort:
    type: choice
    choices: [round, most_points]
    default: round
    synonyms: {by round: round, chronological: round, most points: most_points}
owner: "@f1-stats"
---*/
SELECT
    r.year AS season,
    r.round,
    r.name AS race,
    k.constructorId AS constructor_id,
    k.name AS team,
    k.nationality,
    cs.points,
    cs.position,
    cs.wins
FROM constructorStandings AS cs
JOIN races AS r ON r.raceId = cs.raceId
JOIN constructors AS k ON k.constructorId = cs.constructorId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}{% if race %}AND r.name = :race
{% endif %}{% if constructor %}AND k.name = :constructor
{% endif %}{% if nationality %}AND k.nationality = :nationality
{% endif %}{% if position %}AND cs.position = :position
{% endif %}{% if points_above is not none and points_above is not false %}AND cs.points > :points_above
{% endif %}ORDER BY
{% if sort == 'most_points' %}cs.points DESC, r.year, r.round
{% else %}r.year, r.round, cs.position
{% endif %}
