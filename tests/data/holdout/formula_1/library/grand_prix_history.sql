/*---
title: Grand Prix history
description: >
  One row per Grand Prix name (each name once, e.g. "Spanish Grand Prix"): how many editions
  were run, the first and last season, the host countries, and over the editions with
  classified results (2008 onwards in this warehouse) the highest and the average fastest-lap
  speed in km/h. Optionally only the editions of a range of seasons (both ends inclusive) or
  of one host country. Alphabetical (default), reverse alphabetical, most editions first, or
  by the latest season it was run.
examples:
  - which grands prix have ever been held
  - list every GP name once, Z to A
  - how many times has the Belgian Grand Prix been run
  - top fastest lap speed per grand prix since 2012
  - grand prix names hosted in Germany
keywords: [grand prix, grands prix, gp, race name, race names, distinct, unique, different,
           each race, per race, history, editions, how many times, first, last, since,
           fastest lap, fastest lap speed, lap speed, speed, top speed, maximum, average, kmh,
           country, held, names, alphabetical, order]
params:
  from_year: {type: int, optional: true, min: 1950, max: 2030, label: "from season (inclusive)"}
  to_year: {type: int, optional: true, min: 1950, max: 2030, label: "to season (inclusive)"}
  country: {type: string, optional: true, label: "host country as stored, e.g. Spain"}
  race: {type: string, optional: true, label: "race name, e.g. Belgian Grand Prix"}
  sort:
    type: choice
    choices: [name, name_desc, most_editions, latest]
    default: name
    synonyms: {alphabetical: name, a to z: name, reverse alphabetical: name_desc,
               z to a: name_desc, reverse lexicographic: name_desc, descending: name_desc,
               most editions: most_editions, most often: most_editions, latest: latest,
               most recent: latest, by year: latest}
owner: "@f1-stats"
---*/
WITH editions AS (
    SELECT r.raceId, r.name, r.year, c.country
    FROM races AS r
    LEFT JOIN circuits AS c ON c.circuitId = r.circuitId
    WHERE 1 = 1
    {% if from_year %}AND r.year >= :from_year
    {% endif %}{% if to_year %}AND r.year <= :to_year
    {% endif %}{% if country %}AND c.country = :country
    {% endif %}{% if race %}AND r.name = :race
    {% endif %}
)
SELECT
    e.name AS grand_prix,
    COUNT(DISTINCT e.raceId) AS editions,
    MIN(e.year) AS first_season,
    MAX(e.year) AS last_season,
    STRING_AGG(DISTINCT e.country, ', ') AS countries,
    MAX(res.fastestLapSpeed) AS top_fastest_lap_speed,
    ROUND(AVG(res.fastestLapSpeed), 3) AS avg_fastest_lap_speed
FROM editions AS e
LEFT JOIN results AS res ON res.raceId = e.raceId
GROUP BY e.name
ORDER BY
{% if sort == 'name_desc' %}e.name DESC
{% elif sort == 'most_editions' %}editions DESC, e.name
{% elif sort == 'latest' %}last_season DESC, e.name
{% else %}e.name
{% endif %}
