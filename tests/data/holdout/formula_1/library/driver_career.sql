/*---
title: Driver career totals
description: >
  One row per driver with race results (2008 onwards in this warehouse): driver id, first and
  last name, nationality, races entered, wins, podiums, points, and first and last season.
  Optionally only the races of a range of seasons (both ends inclusive), one nationality, or
  drivers with at least / at most a number of races. Most races first (default), most wins,
  most points, fewest races, or by driver id.
examples:
  - who has started the most grands prix
  - race count per driver since 2014
  - drivers with 100+ races
  - career wins leaderboard
  - drivers with no more than 10 starts
keywords: [driver, drivers, career, totals, races, number of races, how many races, starts,
           entered, participated, took part, experience, most races, wins, victories,
           podiums, points, leaderboard, ranking, each driver, per driver, id, ids, first name,
           last name, at least, at most, after, since]
params:
  from_year: {type: int, optional: true, min: 1950, max: 2030, label: "from season (inclusive)"}
  to_year: {type: int, optional: true, min: 1950, max: 2030, label: "to season (inclusive)"}
  nationality: {type: string, optional: true, label: "nationality as stored"}
  min_races: {type: int, optional: true, min: 1, label: "races at least"}
  max_races: {type: int, optional: true, min: 1, label: "races at most"}
  sort:
    type: choice
    choices: [most_races, most_wins, most_points, fewest_races, id]
    default: most_races
    synonyms: {most races: most_races, most starts: most_races, most experienced: most_races,
               most wins: most_wins, most victories: most_wins, most points: most_points,
               fewest races: fewest_races, least races: fewest_races, by id: id,
               driver id: id}
owner: "@f1-stats"
---*/
SELECT
    d.driverId AS driver_id,
    d.forename,
    d.surname,
    d.nationality,
    COUNT(*) AS races,
    COUNT(*) FILTER (WHERE res.position = 1) AS wins,
    COUNT(*) FILTER (WHERE res.position <= 3) AS podiums,
    SUM(res.points) AS points,
    MIN(r.year) AS first_season,
    MAX(r.year) AS last_season
FROM results AS res
JOIN races AS r ON r.raceId = res.raceId
JOIN drivers AS d ON d.driverId = res.driverId
WHERE 1 = 1
{% if from_year %}AND r.year >= :from_year
{% endif %}{% if to_year %}AND r.year <= :to_year
{% endif %}{% if nationality %}AND d.nationality = :nationality
{% endif %}GROUP BY d.driverId, d.forename, d.surname, d.nationality
HAVING 1 = 1
{% if min_races %}AND COUNT(*) >= :min_races
{% endif %}{% if max_races %}AND COUNT(*) <= :max_races
{% endif %}ORDER BY
{% if sort == 'most_wins' %}wins DESC, races DESC, d.driverId
{% elif sort == 'most_points' %}points DESC, d.driverId
{% elif sort == 'fewest_races' %}races, d.driverId
{% elif sort == 'id' %}d.driverId
{% else %}races DESC, d.driverId
{% endif %}
