/*---
title: Districts
description: >
  One row per district of the sales territory: district id, district name, its headquarters
  city, the city's population and area, and how many of our stores sit in the district with
  their names (blank when none). Optionally one district or one headquarters city by name,
  a population or an area within bounds (all bounds inclusive). By name (default), largest
  or smallest area, most or fewest people; optionally the top n.
examples:
  - list the districts with population and area
  - districts with more than 300k people
  - which district is the biggest by area
  - how many people live in Jhang District
  - districts sorted by population, biggest first
  - what's the HQ city of Gujrat District
keywords: [district, districts, territory, region, headquarters, headquartered, hq, city,
           population, people, residents, inhabitants, area, size, city area, stores, shops]
params:
  district: {type: string, optional: true, label: district name}
  city: {type: string, optional: true, label: headquarters city}
  min_population: {type: int, optional: true, min: 0, label: population at least}
  max_population: {type: int, optional: true, min: 0, label: population at most}
  min_area: {type: int, optional: true, min: 0, label: city area at least}
  max_area: {type: int, optional: true, min: 0, label: city area at most}
  sort:
    type: choice
    choices: [name, largest_area, smallest_area, most_population, least_population]
    default: name
    synonyms: {alphabetical: name, by name: name, largest area: largest_area,
               biggest area: largest_area, by area: largest_area, area descending: largest_area,
               smallest area: smallest_area, least area: smallest_area,
               most populous: most_population, most people: most_population,
               largest population: most_population, by population: most_population,
               most residents: most_population, least populous: least_population,
               fewest people: least_population, smallest population: least_population}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-ops"
---*/
SELECT d.District_ID AS district_id, d.District_name AS district,
       d.Headquartered_City AS headquarters_city, d.City_Population AS city_population,
       d.City_Area AS city_area, COUNT(sd.Store_ID) AS stores,
       COALESCE(string_agg(s.Store_Name, ', ' ORDER BY s.Store_Name), '') AS store_names
FROM district AS d
LEFT JOIN store_district AS sd ON sd.District_ID = d.District_ID
LEFT JOIN store AS s ON s.Store_ID = sd.Store_ID
WHERE 1 = 1
{% if district %}AND d.District_name = :district
{% endif %}{% if city %}AND d.Headquartered_City = :city
{% endif %}{% if min_population is not none %}AND d.City_Population >= :min_population
{% endif %}{% if max_population is not none %}AND d.City_Population <= :max_population
{% endif %}{% if min_area is not none %}AND d.City_Area >= :min_area
{% endif %}{% if max_area is not none %}AND d.City_Area <= :max_area
{% endif %}GROUP BY d.District_ID, d.District_name, d.Headquartered_City, d.City_Population,
         d.City_Area
ORDER BY
{% if sort == 'largest_area' %}d.City_Area DESC, d.District_name
{% elif sort == 'smallest_area' %}d.City_Area, d.District_name
{% elif sort == 'most_population' %}d.City_Population DESC, d.District_name
{% elif sort == 'least_population' %}d.City_Population, d.District_name
{% else %}d.District_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
