/*---
title: Circuit directory
description: >
  Every circuit that has hosted a championship race: circuit id, name, town, country,
  latitude, longitude, altitude, how many races it hosted and its first and last season.
  Optionally one country (as stored: UK, USA, Spain...). Alphabetical (default), most races
  first, or by circuit id.
examples:
  - which tracks are in Italy
  - where is Interlagos
  - circuits that hosted the most grands prix
  - coordinates of every circuit
  - circuit ids and towns in Germany
keywords: [circuit, circuits, track, tracks, venue, venues, location, locations, town, city,
           country, where, latitude, longitude, coordinates, altitude, hosted, host, id, ids,
           name, names, belong, in]
params:
  country: {type: string, optional: true, label: "country as stored, e.g. UK, USA, Spain"}
  sort:
    type: choice
    choices: [name, most_races, id]
    default: name
    synonyms: {alphabetical: name, a to z: name, most races: most_races, busiest: most_races,
               most used: most_races, by id: id, circuit id: id}
owner: "@f1-stats"
---*/
SELECT
    c.circuitId AS circuit_id,
    c.name AS circuit,
    c.location,
    c.country,
    c.lat,
    c.lng,
    c.alt,
    COUNT(r.raceId) AS races_hosted,
    MIN(r.year) AS first_season,
    MAX(r.year) AS last_season
FROM circuits AS c
LEFT JOIN races AS r ON r.circuitId = c.circuitId
WHERE 1 = 1
{% if country %}AND c.country = :country
{% endif %}GROUP BY c.circuitId, c.name, c.location, c.country, c.lat, c.lng, c.alt
ORDER BY
{% if sort == 'most_races' %}races_hosted DESC, c.name
{% elif sort == 'id' %}c.circuitId
{% else %}c.name
{% endif %}
