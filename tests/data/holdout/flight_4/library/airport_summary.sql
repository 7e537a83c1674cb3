/*---
title: Airport summary
description: >
  One row of airport totals: how many airports, in how many cities and countries, how many
  have an IATA code, and the lowest, highest and average elevation in feet. Optionally only
  one country, one city, or airports whose name contains a word.
examples:
  - how many airports are in Norway
  - highest airport elevation in Peru
  - count of airports with Regional in the name
  - how many cities in Chile have an airport
keywords: [airport, airports, how many, number, count, total, cities, countries, elevation,
           altitude, highest, lowest, maximum, minimum, average, mean, summary, name, word,
           contain, contains]
params:
  country: {type: string, optional: true, label: country}
  city: {type: string, optional: true, label: city}
  name_contains: {type: string, optional: true, label: word in the airport name}
owner: "@route-analytics"
---*/
SELECT
    COUNT(*) AS airports,
    COUNT(DISTINCT NULLIF(city, '')) AS cities,
    COUNT(DISTINCT country) AS countries,
    COUNT(iata) AS with_iata_code,
    MIN(elevation) AS lowest_elevation,
    MAX(elevation) AS highest_elevation,
    ROUND(AVG(elevation), 1) AS average_elevation
FROM airports
WHERE 1 = 1
{% if country %}AND country = :country
{% endif %}{% if city %}AND city = :city
{% endif %}{% if name_contains %}AND name ILIKE '%' || :name_contains || '%'
{% endif %}
