/*---
title: Cities
description: >
  One row per city: official name, status (Town, Village), area in km², population,
  census ranking, and how many farm competitions it has hosted. Optionally one status,
  a population floor or ceiling (strict), or cities that hosted at least so many
  competitions. Largest population first (default), or smallest population, largest area,
  most competitions hosted, or by name.
examples:
  - list the cities with their population
  - villages and their census rank
  - biggest city by population
  - cities with more than 2000 people
keywords: [city, cities, town, towns, village, villages, official name, status, population,
           residents, inhabitants, people, area, km2, census, census ranking, census rank,
           largest, biggest, smallest]
params:
  status: {type: string, optional: true, label: city status}
  min_population: {type: number, optional: true, label: population above}
  max_population: {type: number, optional: true, label: population below}
  min_competitions: {type: int, optional: true, min: 0, label: hosted at least (competitions)}
  sort:
    type: choice
    choices: [population, smallest, area, competitions, name]
    default: population
    synonyms: {most residents: population, most people: population, largest: population,
               biggest: population, least populated: smallest, fewest residents: smallest,
               km2: area, size: area, most competitions: competitions, hosted: competitions,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@agri-stats"
---*/
SELECT c.Official_Name AS official_name, c.Status AS status, c.Area_km_2 AS area_km2,
       c.Population AS population, c.Census_Ranking AS census_ranking,
       COUNT(fc.Competition_ID) AS competitions_hosted
FROM city AS c
LEFT JOIN farm_competition AS fc ON fc.Host_city_ID = c.City_ID
WHERE 1 = 1
{% if status %}AND c.Status = :status
{% endif %}{% if min_population is not none and min_population is not false %}AND c.Population > :min_population
{% endif %}{% if max_population is not none and max_population is not false %}AND c.Population < :max_population
{% endif %}GROUP BY c.City_ID, c.Official_Name, c.Status, c.Area_km_2, c.Population, c.Census_Ranking
{% if min_competitions is not none and min_competitions is not false %}HAVING COUNT(fc.Competition_ID) >= :min_competitions
{% endif %}ORDER BY
{% if sort == 'smallest' %}c.Population
{% elif sort == 'area' %}c.Area_km_2 DESC
{% elif sort == 'competitions' %}competitions_hosted DESC, c.Population DESC
{% elif sort == 'name' %}c.Official_Name
{% else %}c.Population DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
