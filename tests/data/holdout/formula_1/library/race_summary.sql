/*---
title: Race summary
description: >
  One row per race with classified results (2008 onwards in this warehouse): season, round,
  race name, date, circuit and country, how many drivers were entered, how many were
  classified at the finish, the winner and the winning team, and the highest and average
  fastest-lap speed in km/h. Optionally one season, a range of seasons (both ends inclusive),
  one race name or one host country. In calendar order (default) or most recent first.
examples:
  - who won each race in 2015
  - how many cars started the 2012 Brazilian Grand Prix
  - fastest lap speeds at Monza 2010
  - summary of the last grand prix
  - number of finishers per race this decade
keywords: [race, races, grand prix, gp, summary, winner, won, win, victory, team, entrants,
           entries, starters, drivers, cars, how many drivers, participated, participants,
           field, finishers, classified, fastest lap, fastest lap speed, lap speed, speed,
           average, maximum, top speed, season, year, result, results]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
  from_year: {type: int, optional: true, min: 1950, max: 2030, label: "from season (inclusive)"}
  to_year: {type: int, optional: true, min: 1950, max: 2030, label: "to season (inclusive)"}
  race: {type: string, optional: true, label: "race name, e.g. Monaco Grand Prix"}
  country: {type: string, optional: true, label: "host country as stored"}
  sort:
    type: choice
    choices: [date, latest]
    default: date
    synonyms: {chronological: date, oldest first: date, latest: latest, most recent: latest,
               newest first: latest}
owner: "@f1-stats"
---*/
SELECT
    r.year AS season,
    r.round,
    r.name AS race,
    r.date,
    c.name AS circuit,
    c.country,
    COUNT(*) AS drivers_entered,
    COUNT(res.position) AS drivers_classified,
    MAX(CASE WHEN res.position = 1 THEN d.forename || ' ' || d.surname END) AS winner,
    MAX(CASE WHEN res.position = 1 THEN k.name END) AS winning_team,
    MAX(res.fastestLapSpeed) AS top_fastest_lap_speed,
    ROUND(AVG(res.fastestLapSpeed), 3) AS avg_fastest_lap_speed
FROM results AS res
JOIN races AS r ON r.raceId = res.raceId
LEFT JOIN circuits AS c ON c.circuitId = r.circuitId
LEFT JOIN drivers AS d ON d.driverId = res.driverId
LEFT JOIN constructors AS k ON k.constructorId = res.constructorId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}{% if from_year %}AND r.year >= :from_year
{% endif %}{% if to_year %}AND r.year <= :to_year
{% endif %}{% if race %}AND r.name = :race
{% endif %}{% if country %}AND c.country = :country
{% endif %}GROUP BY r.raceId, r.year, r.round, r.name, r.date, c.name, c.country
ORDER BY
{% if sort == 'latest' %}r.date DESC
{% else %}r.date
{% endif %}
