/*---
title: Qualifying sessions
description: >
  Qualifying classification per race (the 2017 season in this warehouse): season, race, driver,
  team, qualifying position and the Q1, Q2 and Q3 lap times. Optionally one season, race or
  driver (first, last or full name). By race then qualifying position.
examples:
  - who took pole in each race of 2017
  - Q3 times for the 2017 Italian Grand Prix
  - Verstappen's qualifying positions this season
keywords: [qualifying, quali, pole, pole position, q1, q2, q3, session, grid, lap time,
           qualified, driver, team, race, season]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
  race: {type: string, optional: true, label: "race name"}
  driver: {type: string, optional: true, label: "driver first name, last name or full name"}
owner: "@f1-stats"
---*/
SELECT
    r.year AS season,
    r.name AS race,
    d.forename,
    d.surname,
    k.name AS team,
    q.position,
    q.q1,
    q.q2,
    q.q3
FROM qualifying AS q
JOIN races AS r ON r.raceId = q.raceId
JOIN drivers AS d ON d.driverId = q.driverId
LEFT JOIN constructors AS k ON k.constructorId = q.constructorId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}{% if race %}AND r.name = :race
{% endif %}{% if driver %}AND (d.forename = :driver OR d.surname = :driver OR d.forename || ' ' || d.surname = :driver)
{% endif %}ORDER BY r.date, q.position
