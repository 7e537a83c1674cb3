/*---
title: Cities by status
description: >
  Cities grouped by status (Town, Village): how many cities, total and average population,
  average area, and how many competitions the group has hosted. Most cities first
  (default), or fewest cities, largest average population, or by status name.
examples:
  - how many cities of each status
  - average population per status
  - which status is most common among the cities
keywords: [status, statuses, per status, each status, by status, town, village, kind of city,
           type of city, how many cities, number of cities, count, common, frequency,
           average population]
params:
  sort:
    type: choice
    choices: [most_cities, fewest_cities, population, name]
    default: most_cities
    synonyms: {most: most_cities, most common: most_cities, fewest: fewest_cities,
               least common: fewest_cities, rarest: fewest_cities, frequency: most_cities,
               average population: population, alphabetical: name, by name: name}
owner: "@agri-stats"
---*/
SELECT c.Status AS status, COUNT(*) AS cities,
       SUM(c.Population) AS total_population, ROUND(AVG(c.Population), 1) AS average_population,
       ROUND(AVG(c.Area_km_2), 2) AS average_area_km2,
       SUM((SELECT COUNT(*) FROM farm_competition AS fc WHERE fc.Host_city_ID = c.City_ID)) AS competitions_hosted
FROM city AS c
GROUP BY c.Status
ORDER BY
{% if sort == 'fewest_cities' %}cities, c.Status
{% elif sort == 'population' %}average_population DESC
{% elif sort == 'name' %}c.Status
{% else %}cities DESC, c.Status
{% endif %}
