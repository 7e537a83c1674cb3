/*---
title: Airports by country
description: >
  One row per country: its airports, the cities they are in, and their lowest, highest and
  average elevation in feet. By most airports (default), country name, or highest average
  elevation.
examples:
  - airport count for every country
  - which countries have the most airports
  - average airport altitude by country
keywords: [airport, airports, country, countries, per country, by country, each country,
           count, number, how many, elevation, altitude, average, mean, highest, most]
params:
  sort:
    type: choice
    choices: [most_airports, country, highest_average_elevation]
    default: most_airports
    synonyms: {most: most_airports, most airports: most_airports, descending: most_airports,
               alphabetical: country, by country: country, by name: country,
               highest average elevation: highest_average_elevation,
               highest average altitude: highest_average_elevation}
owner: "@route-analytics"
---*/
SELECT
    country,
    COUNT(*) AS airports,
    COUNT(DISTINCT NULLIF(city, '')) AS cities,
    MIN(elevation) AS lowest_elevation,
    MAX(elevation) AS highest_elevation,
    ROUND(AVG(elevation), 1) AS average_elevation
FROM airports
GROUP BY country
ORDER BY
{% if sort == 'country' %}country
{% elif sort == 'highest_average_elevation' %}average_elevation DESC, country
{% else %}airports DESC, country
{% endif %}
