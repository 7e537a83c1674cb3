/*---
title: Regions
description: >
  One row per region: id, code, name, how many storms affected it, how many of its cities
  were affected in all, and the deaths and damage of those storms. Optionally one region (by
  name or code), the regions hit by one storm, or only regions hit by at least a number of
  storms. Sorted by name (default), most storms or most cities affected; optionally only the
  first n.
examples:
  - list of regions with their codes
  - which countries were hit by more than one storm
  - region hit hardest in cities
  - what's the code for Denmark
keywords: [region, regions, country, countries, territory, code, region code, iso, name,
           affected, hit, exposure, cities affected, storms per region, list]
params:
  region: {type: string, optional: true, label: region name}
  code: {type: string, optional: true, label: region code}
  storm: {type: string, optional: true, label: regions affected by this storm (name)}
  min_storms: {type: int, optional: true, min: 0, label: hit by at least this many storms}
  sort:
    type: choice
    choices: [name, most_storms, most_cities]
    default: name
    synonyms: {alphabetical: name, by name: name, most storms: most_storms,
               most hit: most_storms, most exposed: most_storms, most cities: most_cities,
               hardest hit: most_cities}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n}
owner: "@risk-analytics"
---*/
SELECT
    r.Region_id AS region_id,
    r.Region_code AS code,
    r.Region_name AS region,
    COUNT(ar.Storm_ID) AS storms,
    COALESCE(SUM(ar.Number_city_affected), 0) AS cities_affected,
    COALESCE(SUM(s.Number_Deaths), 0) AS storm_deaths,
    COALESCE(SUM(s.Damage_millions_USD), 0) AS storm_damage_millions_usd
FROM region AS r
LEFT JOIN affected_region AS ar ON ar.Region_id = r.Region_id
LEFT JOIN storm AS s ON s.Storm_ID = ar.Storm_ID
WHERE 1 = 1
{% if region %}AND r.Region_name = :region
{% endif %}{% if code %}AND r.Region_code = :code
{% endif %}{% if storm %}AND r.Region_id IN (SELECT ar2.Region_id FROM affected_region AS ar2
    JOIN storm AS s2 ON s2.Storm_ID = ar2.Storm_ID WHERE s2.Name = :storm)
{% endif %}GROUP BY r.Region_id, r.Region_code, r.Region_name
{% if min_storms is not none and min_storms is not false %}HAVING COUNT(ar.Storm_ID) >= :min_storms
{% endif %}ORDER BY
{% if sort == 'most_storms' %}storms DESC, r.Region_name
{% elif sort == 'most_cities' %}cities_affected DESC, r.Region_name
{% else %}r.Region_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
