/*---
title: Race calendar
description: >
  Every Grand Prix on the calendar since 1950, one row per race: race id, season, round, race
  name, date, scheduled start time (local, where known), circuit, its town and country.
  Optionally one season, a range of seasons (both ends inclusive), one race name or one host
  country. In calendar order (default), most recent first, or alphabetical by race name;
  optionally only the first n rows.
examples:
  - the 2016 calendar
  - when was the last grand prix
  - which races were held in Italy since 2010
  - dates of the Monaco Grand Prix over the years
  - rounds of the 1998 season with their circuits
keywords: [race, races, grand prix, gp, calendar, schedule, season, year, round, date, when,
           held, occurred, took place, circuit, track, venue, country, location, start time,
           name, names, list, latest, most recent, last, first]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
  from_year: {type: int, optional: true, min: 1950, max: 2030, label: "from season (inclusive)"}
  to_year: {type: int, optional: true, min: 1950, max: 2030, label: "to season (inclusive)"}
  race: {type: string, optional: true, label: "race name, e.g. Monaco Grand Prix"}
  country: {type: string, optional: true, label: "host country as stored, e.g. UK, USA, Spain"}
  sort:
    type: choice
    choices: [date, latest, name, name_desc]
    default: date
    synonyms: {chronological: date, oldest first: date, in order: date, latest: latest,
               most recent: latest, newest first: latest, last: latest,
               alphabetical: name, a to z: name, reverse alphabetical: name_desc, z to a: name_desc}
  n: {type: int, optional: true, min: 1, max: 1000, label: "number of rows"}
owner: "@f1-stats"
---*/
SELECT
    r.raceId AS race_id,
    r.year AS season,
    r.round,
    r.name AS race,
    r.date,
    r.time AS start_time,
    c.name AS circuit,
    c.location,
    c.country
FROM races AS r
LEFT JOIN circuits AS c ON c.circuitId = r.circuitId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}{% if from_year %}AND r.year >= :from_year
{% endif %}{% if to_year %}AND r.year <= :to_year
{% endif %}{% if race %}AND r.name = :race
{% endif %}{% if country %}AND c.country = :country
{% endif %}ORDER BY
{% if sort == 'latest' %}r.date DESC, r.raceId DESC
{% elif sort == 'name' %}r.name, r.date
{% elif sort == 'name_desc' %}r.name DESC, r.date
{% else %}r.date, r.raceId
{% endif %}{% if n %}LIMIT :n
{% endif %}
