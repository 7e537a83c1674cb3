/*---
title: Storm impacts
description: >
  One row per storm and region it affected: the storm, the region (name and code), the
  number of cities affected there, and the storm's deaths and damage. Optionally one storm,
  one region, or only impacts with at least a number of cities affected. Sorted by most
  cities (default), storm or region.
examples:
  - where did each storm hit
  - impacts in Albania
  - which regions did storm Five affect and how many cities
  - storm-region pairs with 20+ cities affected
keywords: [impact, impacts, affected, hit, landfall, where, storm and region, pairs, cities,
           cities affected, footprint, exposure, region, storm]
params:
  storm: {type: string, optional: true, label: storm name}
  region: {type: string, optional: true, label: region name}
  min_cities: {type: number, optional: true, min: 0, label: at least this many cities affected}
  sort:
    type: choice
    choices: [most_cities, storm, region]
    default: most_cities
    synonyms: {most cities: most_cities, biggest: most_cities, by storm: storm,
               by region: region, alphabetical: region}
owner: "@risk-analytics"
---*/
SELECT
    s.Name AS storm,
    r.Region_name AS region,
    r.Region_code AS code,
    ar.Number_city_affected AS cities_affected,
    s.Number_Deaths AS storm_deaths,
    s.Damage_millions_USD AS storm_damage_millions_usd
FROM affected_region AS ar
JOIN storm AS s ON s.Storm_ID = ar.Storm_ID
JOIN region AS r ON r.Region_id = ar.Region_id
WHERE 1 = 1
{% if storm %}AND s.Name = :storm
{% endif %}{% if region %}AND r.Region_name = :region
{% endif %}{% if min_cities is not none and min_cities is not false %}AND ar.Number_city_affected >= :min_cities
{% endif %}ORDER BY
{% if sort == 'storm' %}s.Storm_ID, r.Region_name
{% elif sort == 'region' %}r.Region_name, s.Storm_ID
{% else %}ar.Number_city_affected DESC, s.Storm_ID, r.Region_name
{% endif %}
