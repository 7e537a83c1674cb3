/*---
title: Airports by city
description: >
  One row per city (a city name within a country; airports with no city are left out): how
  many airports it has and their names. Optionally one country, and only cities with at least
  or at most so many airports. By most airports (default), fewest airports, or city name.
examples:
  - which cities have several airports
  - cities in Japan by number of airports
  - cities with only one airport in Spain
  - airports per city in Brazil
keywords: [city, cities, airport, airports, per city, by city, each city, how many, number,
           count, more than, at least, exactly, multiple, several, one, two, three]
params:
  country: {type: string, optional: true, label: country}
  min_airports: {type: int, optional: true, min: 1, max: 100, label: airports at least}
  max_airports: {type: int, optional: true, min: 1, max: 100, label: airports at most}
  sort:
    type: choice
    choices: [most_airports, fewest_airports, city]
    default: most_airports
    synonyms: {most: most_airports, descending: most_airports, most airports: most_airports,
               fewest: fewest_airports, ascending: fewest_airports, least: fewest_airports,
               alphabetical: city, by city: city, by name: city}
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    city,
    country,
    COUNT(*) AS airports,
    string_agg(name, '; ' ORDER BY name) AS airport_names
FROM airports
WHERE city IS NOT NULL AND city <> ''
{% if country %}AND country = :country
{% endif %}GROUP BY city, country
HAVING 1 = 1
{% if min_airports is not none and min_airports is not false %}AND COUNT(*) >= :min_airports
{% endif %}{% if max_airports is not none and max_airports is not false %}AND COUNT(*) <= :max_airports
{% endif %}ORDER BY
{% if sort == 'fewest_airports' %}airports, city, country
{% elif sort == 'city' %}city, country
{% else %}airports DESC, city, country
{% endif %}
