/*---
title: Markets
description: >
  One row per country market: country and number of cities covered, with how many
  estimates it has. Optionally one country, or markets with more than a number of cities
  (strict). Most cities first (default), fewest, or by country name.
examples:
  - list the markets and their number of cities
  - how many cities in the Japan market
  - markets with more than 300 cities
  - countries sorted by number of cities
keywords: [market, markets, country, countries, territory, territories, cities,
           number of cities, city count, size, coverage]
params:
  country: {type: string, optional: true}
  min_cities: {type: int, optional: true, min: 0, label: more than this many cities}
  sort:
    type: choice
    choices: [most_cities, fewest_cities, country]
    default: most_cities
    synonyms: {most: most_cities, largest: most_cities, biggest: most_cities,
               fewest: fewest_cities, smallest: fewest_cities, least: fewest_cities,
               alphabetical: country, by country: country, name: country}
owner: "@film-insights"
---*/
SELECT m.Country AS country, m.Number_cities AS number_cities,
       (SELECT COUNT(*) FROM film_market_estimation AS e WHERE e.Market_ID = m.Market_ID) AS estimates
FROM market AS m
WHERE 1 = 1
{% if country %}AND m.Country = :country
{% endif %}{% if min_cities is not none and min_cities is not false %}AND m.Number_cities > :min_cities
{% endif %}ORDER BY
{% if sort == 'fewest_cities' %}m.Number_cities
{% elif sort == 'country' %}m.Country
{% else %}m.Number_cities DESC
{% endif %}
