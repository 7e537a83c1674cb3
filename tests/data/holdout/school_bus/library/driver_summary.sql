/*---
title: Drivers by party or home city
description: >
  Drivers grouped by party (default) or home city (`by`): how many drivers, their average,
  youngest and oldest age, and how many of them drive a school bus. Optionally only drivers
  older than an age (strict), and only groups with at least so many drivers. Most drivers
  first (default), fewest first, oldest average age, or by name.
examples:
  - how many drivers per party
  - number of drivers in each home city
  - which city do most of our drivers live in
  - average driver age by party
keywords: [party, parties, per party, each party, home city, home cities, hometown, cities,
           per city, each city, by city, how many drivers, number of drivers, count,
           average age, mean age, most drivers, different, distinct]
params:
  by:
    type: choice
    choices: [party, home_city]
    default: party
    synonyms: {parties: party, political party: party, city: home_city, cities: home_city,
               home city: home_city, home cities: home_city, hometown: home_city,
               home town: home_city, town: home_city}
  older_than: {type: int, optional: true, min: 0, max: 120, label: only drivers older than}
  min_drivers: {type: int, optional: true, min: 1, max: 1000, label: at least this many drivers}
  sort:
    type: choice
    choices: [most_drivers, fewest_drivers, average_age, name]
    default: most_drivers
    synonyms: {most: most_drivers, fewest: fewest_drivers, least: fewest_drivers,
               oldest: average_age, age: average_age, alphabetical: name}
owner: "@transport-ops"
---*/
SELECT
{% if by == 'home_city' %}d.Home_city{% else %}d.Party{% endif %} AS grouping,
    COUNT(*) AS drivers,
    ROUND(AVG(d.Age), 1) AS average_age, MIN(d.Age) AS youngest_age, MAX(d.Age) AS oldest_age,
    COUNT(b.Driver_ID) AS drivers_with_bus
FROM driver AS d
LEFT JOIN (SELECT DISTINCT Driver_ID FROM school_bus) AS b ON b.Driver_ID = d.Driver_ID
WHERE 1 = 1
{% if older_than is not none and older_than is not false %}AND d.Age > :older_than
{% endif %}GROUP BY grouping
{% if min_drivers %}HAVING COUNT(*) >= :min_drivers
{% endif %}ORDER BY
{% if sort == 'fewest_drivers' %}drivers, grouping
{% elif sort == 'average_age' %}average_age DESC
{% elif sort == 'name' %}grouping
{% else %}drivers DESC, grouping
{% endif %}
