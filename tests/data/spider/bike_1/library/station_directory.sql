/*---
title: Station directory
description: >
  Docking stations with id, name, city, latitude, longitude, number of docks and installation
  date. Filters: city, latitude below or above a value. Sorted by name unless asked by
  latitude (southernmost first) or docks (most first); optionally only the first N.
examples:
  - list of stations in Redwood City
  - stations south of 37.4 latitude
  - biggest stations by dock count
  - where are the stations in Palo Alto
  - northernmost stations
  - station coordinates
keywords: [station, stations, dock, docks, directory, location, locations, latitude, lat,
           longitude, long, coordinates, city, installed, installation, south, north]
params:
  city: {type: string, optional: true}
  lat_below: {type: number, optional: true, label: latitude lower than}
  lat_above: {type: number, optional: true, label: latitude higher than}
  sort:
    type: choice
    choices: [name, latitude, docks]
    default: name
    synonyms: {south: latitude, southernmost: latitude, furthest south: latitude,
               dock count: docks, biggest: docks, largest: docks}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many stations}
owner: "@bikeshare-ops"
---*/
SELECT
    s.id AS station_id,
    s.name AS station,
    s.city,
    s.lat AS latitude,
    s.long AS longitude,
    s.dock_count AS docks,
    s.installation_date
FROM station AS s
WHERE TRUE
{% if city %}  AND s.city = :city
{% endif %}{% if lat_below %}  AND s.lat < :lat_below
{% endif %}{% if lat_above %}  AND s.lat > :lat_above
{% endif %}ORDER BY
{% if sort == 'latitude' %}    s.lat
{% elif sort == 'docks' %}    s.dock_count DESC, s.name
{% else %}    s.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
