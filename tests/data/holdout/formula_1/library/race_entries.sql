/*---
title: Race entries
description: >
  One row per driver per race (results from 2008 onwards in this warehouse): season, race,
  date, driver id and name, team, grid slot, finishing position (empty when not classified),
  points, laps, status (Finished, +1 Lap, Engine, Accident...) and fastest-lap speed. Filter by
  season, range of seasons (inclusive), race name, driver (first name, last name or full name,
  as stored), team or finishing position. In calendar order then finishing order (default),
  or most recent first.
examples:
  - every race Alonso has entered
  - full results of the 2013 Japanese Grand Prix
  - where did Ferrari finish in 2016
  - races won by Sebastian Vettel
  - which grands prix did Kimi drive in 2009
keywords: [results, result, entries, entry, driver, drivers, raced, drove, driven, participated,
           took part, finish, finished, finishing position, position, placed, grid, points,
           laps, status, retired, team, constructor, race, races, grand prix, season, year,
           which races, names and years]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
  from_year: {type: int, optional: true, min: 1950, max: 2030, label: "from season (inclusive)"}
  to_year: {type: int, optional: true, min: 1950, max: 2030, label: "to season (inclusive)"}
  race: {type: string, optional: true, label: "race name, e.g. Chinese Grand Prix"}
  driver: {type: string, optional: true, label: "driver first name, last name or full name"}
  constructor: {type: string, optional: true, label: "team name as stored, e.g. Red Bull"}
  position: {type: int, optional: true, min: 1, max: 40, label: "finishing position"}
  sort:
    type: choice
    choices: [date, latest]
    default: date
    synonyms: {chronological: date, oldest first: date, latest: latest, most recent: latest}
owner: "@f1-stats"
---*/
SELECT
    r.year AS season,
    r.name AS race,
    r.date,
    d.driverId AS driver_id,
    d.forename,
    d.surname,
    k.name AS team,
    res.grid,
    res.position,
    res.points,
    res.laps,
    s.status,
    res.fastestLapSpeed AS fastest_lap_speed
FROM results AS res
JOIN races AS r ON r.raceId = res.raceId
JOIN drivers AS d ON d.driverId = res.driverId
LEFT JOIN constructors AS k ON k.constructorId = res.constructorId
LEFT JOIN status AS s ON s.statusId = res.statusId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}{% if from_year %}AND r.year >= :from_year
{% endif %}{% if to_year %}AND r.year <= :to_year
{% endif %}{% if race %}AND r.name = :race
{% endif %}{% if driver %}AND (d.forename = :driver OR d.surname = :driver OR d.forename || ' ' || d.surname = :driver)
{% endif %}{% if constructor %}AND k.name = :constructor
{% endif %}{% if position %}AND res.position = :position
{% endif %}ORDER BY
{% if sort == 'latest' %}r.date DESC, res.positionOrder
{% else %}r.date, res.positionOrder
{% endif %}
