/*---
title: Storm list
description: >
  One row per storm: id, name, dates active, maximum speed, damage in millions of USD,
  deaths, how many regions it affected and how many cities in them. Optionally one storm by
  name, bounds on speed, damage and deaths (inclusive), only storms that hit a region, or
  only storms that affected at least a number of regions. Sorted by id (default), most damage,
  most deaths, fastest or slowest; optionally only the first n.
examples:
  - list all storms this season
  - storms that killed at least 10 people
  - which storm caused the most damage
  - storms faster than 980 with their damage
keywords: [storm, storms, cyclone, cyclones, hurricane, hurricanes, season, speed, max speed,
           wind, damage, cost, losses, millions, usd, deaths, fatalities, killed, casualties,
           dates, active, list]
params:
  storm: {type: string, optional: true, label: storm name}
  region: {type: string, optional: true, label: region it affected (name)}
  min_speed: {type: int, optional: true, min: 0, label: maximum speed at least}
  max_speed: {type: int, optional: true, min: 0, label: maximum speed at most}
  min_damage: {type: number, optional: true, min: 0, label: damage at least (millions USD)}
  max_damage: {type: number, optional: true, min: 0, label: damage at most (millions USD)}
  min_deaths: {type: int, optional: true, min: 0, label: at least this many deaths}
  max_deaths: {type: int, optional: true, min: 0, label: at most this many deaths}
  min_regions: {type: int, optional: true, min: 0, label: affected at least this many regions}
  sort:
    type: choice
    choices: [id, most_damage, most_deaths, fastest, slowest]
    default: id
    synonyms: {by id: id, chronological: id, most damage: most_damage, costliest: most_damage,
               most expensive: most_damage, most destructive: most_damage,
               most deaths: most_deaths, deadliest: most_deaths, most fatalities: most_deaths,
               fastest: fastest, strongest: fastest, highest speed: fastest,
               slowest: slowest, weakest: slowest, lowest speed: slowest}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n}
owner: "@risk-analytics"
---*/
WITH hits AS (
    SELECT Storm_ID, COUNT(*) AS regions, SUM(Number_city_affected) AS cities
    FROM affected_region
    GROUP BY Storm_ID
)
SELECT
    s.Storm_ID AS storm_id,
    s.Name AS storm,
    s.Dates_active AS dates_active,
    s.Max_speed AS max_speed,
    s.Damage_millions_USD AS damage_millions_usd,
    s.Number_Deaths AS deaths,
    COALESCE(h.regions, 0) AS regions_affected,
    COALESCE(h.cities, 0) AS cities_affected
FROM storm AS s
LEFT JOIN hits AS h ON h.Storm_ID = s.Storm_ID
WHERE 1 = 1
{% if storm %}AND s.Name = :storm
{% endif %}{% if region %}AND s.Storm_ID IN (SELECT ar.Storm_ID FROM affected_region AS ar
    JOIN region AS r ON r.Region_id = ar.Region_id WHERE r.Region_name = :region)
{% endif %}{% if min_speed is not none and min_speed is not false %}AND s.Max_speed >= :min_speed
{% endif %}{% if max_speed is not none and max_speed is not false %}AND s.Max_speed <= :max_speed
{% endif %}{% if min_damage is not none and min_damage is not false %}AND s.Damage_millions_USD >= :min_damage
{% endif %}{% if max_damage is not none and max_damage is not false %}AND s.Damage_millions_USD <= :max_damage
{% endif %}{% if min_deaths is not none and min_deaths is not false %}AND s.Number_Deaths >= :min_deaths
{% endif %}{% if max_deaths is not none and max_deaths is not false %}AND s.Number_Deaths <= :max_deaths
{% endif %}{% if min_regions is not none and min_regions is not false %}AND COALESCE(h.regions, 0) >= :min_regions
{% endif %}ORDER BY
{% if sort == 'most_damage' %}s.Damage_millions_USD DESC, s.Storm_ID
{% elif sort == 'most_deaths' %}s.Number_Deaths DESC, s.Storm_ID
{% elif sort == 'fastest' %}s.Max_speed DESC, s.Storm_ID
{% elif sort == 'slowest' %}s.Max_speed, s.Storm_ID
{% else %}s.Storm_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
