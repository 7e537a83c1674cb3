/*---
title: Airport directory
description: >
  One row per airport: airport id, name, city, country, IATA and ICAO codes, elevation in
  feet, latitude and longitude. Optionally one city, one country, one IATA code, names that
  contain a word, or an elevation range in feet (inclusive). By name (default), highest or
  lowest elevation first, or northernmost or southernmost first.
examples:
  - list the airports in Reykjavik
  - which airports does Norway have
  - what airport has the code LHR
  - airports above 8000 feet
  - the most northerly airports we have
keywords: [airport, airports, airfield, name, names, city, cities, country, countries, code,
           iata, icao, elevation, altitude, height, feet, latitude, longitude, north, south,
           highest, lowest, located, where, list, directory]
params:
  city: {type: string, optional: true, label: city}
  country: {type: string, optional: true, label: country}
  iata_code: {type: string, optional: true, pattern: "^[A-Za-z]{3}$", label: IATA airport code}
  name_contains: {type: string, optional: true, label: word in the airport name}
  min_elevation: {type: int, optional: true, min: -2000, max: 20000, label: elevation at least (feet)}
  max_elevation: {type: int, optional: true, min: -2000, max: 20000, label: elevation at most (feet)}
  sort:
    type: choice
    choices: [name, highest_elevation, lowest_elevation, northernmost, southernmost]
    default: name
    synonyms: {alphabetical: name, by name: name, highest: highest_elevation,
               highest elevation: highest_elevation, highest altitude: highest_elevation,
               lowest: lowest_elevation, lowest elevation: lowest_elevation,
               lowest altitude: lowest_elevation, northernmost: northernmost,
               most northerly: northernmost, highest latitude: northernmost,
               southernmost: southernmost, most southerly: southernmost,
               lowest latitude: southernmost}
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    apid AS airport_id,
    name,
    city,
    country,
    iata,
    icao,
    elevation,
    y AS latitude,
    x AS longitude
FROM airports
WHERE 1 = 1
{% if city %}AND city = :city
{% endif %}{% if country %}AND country = :country
{% endif %}{% if iata_code %}AND iata = upper(:iata_code)
{% endif %}{% if name_contains %}AND name ILIKE '%' || :name_contains || '%'
{% endif %}{% if min_elevation is not none and min_elevation is not false %}AND elevation >= :min_elevation
{% endif %}{% if max_elevation is not none and max_elevation is not false %}AND elevation <= :max_elevation
{% endif %}ORDER BY
{% if sort == 'highest_elevation' %}elevation DESC, name
{% elif sort == 'lowest_elevation' %}elevation, name
{% elif sort == 'northernmost' %}latitude DESC, name
{% elif sort == 'southernmost' %}latitude, name
{% else %}name, city, airport_id
{% endif %}
