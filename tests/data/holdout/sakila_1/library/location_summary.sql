/*---
title: Addresses and cities by place
description: >
  Where the cities and addresses on file are: one row per city (default, with its
  country), district or country, with its id where it has one, the number of cities (a city
  with no address included), addresses and customers there. Optionally one country or one
  district, or only places with at least a number of cities or of addresses; most
  addresses first.
examples:
  - where are our addresses concentrated
  - cities on file per country
  - addresses in the Buenos Aires district
  - countries with 5 or more cities
  - cities with at least 2 addresses
keywords: [address, addresses, city, cities, district, districts, country, countries, place,
           places, location, locations, region, geography, where, per city, per country,
           concentrated, most, at least, how many, customers]
params:
  by:
    type: choice
    choices: [city, district, country]
    default: city
    synonyms: {cities: city, town: city, towns: city, districts: district, region: district,
               province: district, state: district, countries: country, nation: country}
  country: {type: string, optional: true, label: country name}
  district: {type: string, optional: true, label: district name}
  min_cities: {type: int, optional: true, min: 0, label: at least this many cities}
  min_addresses: {type: int, optional: true, min: 0, label: at least this many addresses}
owner: "@ops"
---*/
WITH per_address AS (
    SELECT
        a.address_id,
        a.district,
        ci.city_id,
        ci.city,
        co.country_id,
        co.country,
        (SELECT COUNT(*) FROM customer AS cu WHERE cu.address_id = a.address_id) AS customers
    FROM city AS ci
    JOIN country AS co ON co.country_id = ci.country_id
    LEFT JOIN address AS a ON a.city_id = ci.city_id
    WHERE 1 = 1
    {% if country %}AND co.country = :country
    {% endif %}{% if district %}AND a.district = :district
    {% endif %}
)
SELECT
{% if by == 'district' %}    district AS place, NULL AS place_id, NULL AS country,
{% elif by == 'country' %}    country AS place, country_id AS place_id, country,
{% else %}    city AS place, city_id AS place_id, country,
{% endif %}    COUNT(DISTINCT city_id) AS cities,
    COUNT(address_id) AS addresses,
    SUM(customers) AS customers
FROM per_address
GROUP BY 1, 2, 3
{% if min_cities is not none or min_addresses is not none %}HAVING 1 = 1
{% if min_cities is not none %}AND COUNT(DISTINCT city_id) >= :min_cities
{% endif %}{% if min_addresses is not none %}AND COUNT(address_id) >= :min_addresses
{% endif %}{% endif %}ORDER BY addresses DESC, place
