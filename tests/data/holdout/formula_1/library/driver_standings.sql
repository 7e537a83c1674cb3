/*---
title: Drivers' championship standings
description: >
  The drivers' championship table as it stood after each race (2008 onwards in this
  warehouse): season, round, race, driver id and name, championship points so far, position
  in the standings and wins so far that season. Filter by season, race name, driver (first,
  last or full name), standings position, points above a figure, or at least a number of
  wins; or only the final table of each season. By season and round then position (default),
  or most points first.
examples:
  - who led the championship after each round of 2012
  - final drivers' standings 2016
  - championship leaders with more than 100 points
  - how many points did Button have after Monaco 2009
  - drivers who topped the standings with at least 3 wins
keywords: [standings, standing, championship, title, table, leader, leaders, led, topped,
           position, points, wins, won, after each race, season, round, driver, drivers,
           first name, forename, final, champion, more than]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
  race: {type: string, optional: true, label: "race name"}
  driver: {type: string, optional: true, label: "driver first name, last name or full name"}
  position: {type: int, optional: true, min: 1, max: 100, label: "standings position"}
  points_above: {type: number, optional: true, min: 0, label: "points more than"}
  min_wins: {type: int, optional: true, min: 0, label: "wins at least"}
  final_only: {type: bool, default: false, label: "only the final table of each season"}
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
    d.driverId AS driver_id,
    d.forename,
    d.surname,
    ds.points,
    ds.position,
    ds.wins
FROM driverStandings AS ds
JOIN races AS r ON r.raceId = ds.raceId
JOIN drivers AS d ON d.driverId = ds.driverId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}{% if race %}AND r.name = :race
{% endif %}{% if driver %}AND (d.forename = :driver OR d.surname = :driver OR d.forename || ' ' || d.surname = :driver)
{% endif %}{% if position %}AND ds.position = :position
{% endif %}{% if points_above is not none and points_above is not false %}AND ds.points > :points_above
{% endif %}{% if min_wins is not none and min_wins is not false %}AND ds.wins >= :min_wins
{% endif %}{% if final_only %}AND r.round = (SELECT MAX(r2.round) FROM races AS r2 JOIN driverStandings AS x ON x.raceId = r2.raceId WHERE r2.year = r.year)
{% endif %}ORDER BY
{% if sort == 'most_points' %}ds.points DESC, r.year, r.round
{% else %}r.year, r.round, ds.position
{% endif %}
