/*---
title: Cinemas per county
description: >
  One row per county that has a cinema: number of cinemas, their names, total and largest
  seating capacity, first and last opening year. Optionally counts only the cinemas opened
  from or up to a year, or with at least / at most some seats, and keeps only counties with at
  least / at most that many such cinemas (bounds inclusive). Most cinemas first (default), or
  by county name, or by total seats.
examples:
  - how many cinemas in each county
  - which counties do we have sites in
  - counties with two or more cinemas
  - number of cinemas per location opened since 2012
  - counties ranked by total seats
keywords: [county, counties, location, locations, region, where, cinemas per county,
           number of cinemas, sites, footprint, presence, distinct locations]
params:
  opened_from: {type: int, optional: true, label: counting cinemas opened from year}
  opened_to: {type: int, optional: true, label: counting cinemas opened up to year}
  min_capacity: {type: int, optional: true, min: 0, label: counting cinemas with at least (seats)}
  max_capacity: {type: int, optional: true, min: 0, label: counting cinemas with at most (seats)}
  min_cinemas: {type: int, optional: true, min: 0, label: at least (cinemas)}
  max_cinemas: {type: int, optional: true, min: 0, label: at most (cinemas)}
  sort:
    type: choice
    choices: [most_cinemas, name, seats]
    default: most_cinemas
    synonyms: {most cinemas: most_cinemas, by count: most_cinemas, by name: name,
               alphabetical: name, by county: name, by seats: seats, most seats: seats,
               total seats: seats, by capacity: seats}
owner: "@cinema-insights"
---*/
SELECT Location AS location, COUNT(*) AS cinemas, string_agg(Name, ', ' ORDER BY Name) AS names,
       SUM(Capacity) AS total_capacity, MAX(Capacity) AS largest_capacity,
       MIN(Openning_year) AS first_opened, MAX(Openning_year) AS last_opened
FROM cinema
WHERE 1 = 1
{% if opened_from is not none %}AND Openning_year >= :opened_from
{% endif %}{% if opened_to is not none %}AND Openning_year <= :opened_to
{% endif %}{% if min_capacity is not none %}AND Capacity >= :min_capacity
{% endif %}{% if max_capacity is not none %}AND Capacity <= :max_capacity
{% endif %}GROUP BY Location
HAVING 1 = 1
{% if min_cinemas is not none %}AND COUNT(*) >= :min_cinemas
{% endif %}{% if max_cinemas is not none %}AND COUNT(*) <= :max_cinemas
{% endif %}ORDER BY
{% if sort == 'name' %}Location
{% elif sort == 'seats' %}SUM(Capacity) DESC, Location
{% else %}COUNT(*) DESC, Location
{% endif %}
