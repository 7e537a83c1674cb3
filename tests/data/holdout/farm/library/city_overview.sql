/*---
title: Cities overview
description: >
  One row over all cities: how many cities and distinct statuses, total, average, smallest
  and largest population, total area, and how many cities have hosted a competition.
examples:
  - cities overview
  - total population of all the cities
  - how many kinds of city status are there
keywords: [overview, summary, overall, total, all cities, altogether, combined, distinct,
           different, statuses, population, area, headline]
params: {}
owner: "@agri-stats"
---*/
SELECT COUNT(*) AS cities, COUNT(DISTINCT Status) AS statuses,
       SUM(Population) AS total_population, ROUND(AVG(Population), 1) AS average_population,
       MIN(Population) AS smallest_population, MAX(Population) AS largest_population,
       ROUND(SUM(Area_km_2), 2) AS total_area_km2,
       (SELECT COUNT(DISTINCT Host_city_ID) FROM farm_competition) AS host_cities
FROM city
