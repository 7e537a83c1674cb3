/*---
title: Ballparks by state, city or country
description: >
  How many ballparks each place has had, one row per state (default), city or country:
  the place, the number of parks and their names. Optionally one state (two-letter code
  such as NY), one city, one country code, or only places with at least or at most a
  given number of parks (inclusive). Most parks first (default) or by name.
examples:
  - number of ballparks per state
  - how many parks has Chicago had
  - cities with at least 5 ballparks
  - parks outside the US by country
keywords: [park, parks, ballpark, ballparks, stadium, stadiums, field, fields, venue,
           venues, state, states, city, cities, country, countries, how many, number,
           count, more than, at least, between]
params:
  group:
    type: choice
    choices: [state, city, country]
    default: state
    synonyms: {per state: state, by state: state, states: state, per city: city,
               by city: city, cities: city, per country: country, by country: country,
               countries: country}
  state: {type: string, optional: true, label: state code}
  city: {type: string, optional: true, label: city}
  country: {type: string, optional: true, label: country code}
  min_parks: {type: int, optional: true, min: 1, max: 100, label: parks at least}
  max_parks: {type: int, optional: true, min: 1, max: 100, label: parks at most}
  sort:
    type: choice
    choices: [most_parks, name]
    default: most_parks
    synonyms: {most: most_parks, most parks: most_parks, alphabetical: name, by name: name}
owner: "@baseball-data"
---*/
SELECT
{% if group == 'city' %}    city AS place,
    string_agg(DISTINCT state, ', ' ORDER BY state) AS state,
    string_agg(DISTINCT country, ', ' ORDER BY country) AS country,
{% elif group == 'country' %}    country AS place,
{% else %}    state AS place,
    string_agg(DISTINCT country, ', ' ORDER BY country) AS country,
{% endif %}    COUNT(*) AS parks,
    string_agg(park_name, '; ' ORDER BY park_name) AS park_names
FROM park
WHERE 1 = 1
{% if state %}AND state = :state
{% endif %}{% if city %}AND city = :city
{% endif %}{% if country %}AND country = :country
{% endif %}{% if group == 'city' %}GROUP BY city
{% elif group == 'country' %}GROUP BY country
{% else %}GROUP BY state
{% endif %}HAVING 1 = 1
{% if min_parks is not none and min_parks is not false %}AND COUNT(*) >= :min_parks
{% endif %}{% if max_parks is not none and max_parks is not false %}AND COUNT(*) <= :max_parks
{% endif %}ORDER BY
{% if sort == 'name' %}place
{% else %}parks DESC, place
{% endif %}
