/*---
title: Offices by country
description: >
  One row per country (countries without an office included, at 0): country code and name,
  region, the number of office locations and of distinct cities, departments and employees
  there. Optionally the countries of one region; sorted by country name (default) or most
  offices.
examples:
  - office footprint by country
  - how many sites do we have in each country
  - countries in Asia and our presence there
  - which country has the most locations
keywords: [country, countries, country id, country code, country name, nation, region,
           regions, office, offices, location, locations, site, sites, city, cities, presence,
           footprint, per country, each country, by country]
params:
  region:
    type: choice
    choices: [Europe, Americas, Asia, Middle East and Africa]
    optional: true
    synonyms: {emea: Europe, european: Europe, america: Americas, north america: Americas,
               south america: Americas, latin america: Americas, latam: Americas, apac: Asia,
               asia pacific: Asia, asian: Asia, middle east: Middle East and Africa,
               africa: Middle East and Africa, mea: Middle East and Africa}
  sort:
    type: choice
    choices: [country, most_offices]
    default: country
    synonyms: {alphabetical: country, name: country, most locations: most_offices,
               most sites: most_offices, largest: most_offices}
owner: "@people-analytics"
---*/
WITH per_location AS (
    SELECT
        l.LOCATION_ID,
        l.CITY,
        l.COUNTRY_ID,
        COUNT(DISTINCT d.DEPARTMENT_ID) AS departments,
        COUNT(e.EMPLOYEE_ID) AS employees
    FROM locations AS l
    LEFT JOIN departments AS d ON d.LOCATION_ID = l.LOCATION_ID
    LEFT JOIN employees AS e ON e.DEPARTMENT_ID = d.DEPARTMENT_ID
    GROUP BY l.LOCATION_ID, l.CITY, l.COUNTRY_ID
)
SELECT
    c.COUNTRY_ID,
    c.COUNTRY_NAME,
    r.REGION_NAME,
    COUNT(p.LOCATION_ID) AS offices,
    COUNT(DISTINCT p.CITY) AS cities,
    COALESCE(SUM(p.departments), 0) AS departments,
    COALESCE(SUM(p.employees), 0) AS employees
FROM countries AS c
LEFT JOIN regions AS r ON r.REGION_ID = c.REGION_ID
LEFT JOIN per_location AS p ON p.COUNTRY_ID = c.COUNTRY_ID
WHERE 1 = 1
{% if region %}AND r.REGION_NAME = :region
{% endif %}GROUP BY c.COUNTRY_ID, c.COUNTRY_NAME, r.REGION_NAME
ORDER BY
{% if sort == 'most_offices' %}offices DESC, c.COUNTRY_NAME
{% else %}c.COUNTRY_NAME
{% endif %}
