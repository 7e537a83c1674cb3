/*---
title: Captains by class of ship commanded
description: >
  One row per class of ship the captains command (frigate, cutter, ship of the line...):
  how many captains, their average, youngest and oldest age, and their ranks. Optionally an
  age range (inclusive). Most captains first (default), by class name, or oldest average
  age first.
examples:
  - captains per class
  - average age of captains for each class
  - which class has the most captains
keywords: [class, classes, per class, each class, by class, captains, how many, count,
           average age, mean age, youngest, oldest, frigate, cutter, sloop, schooner,
           ship of the line]
params:
  min_age: {type: int, optional: true, min: 0, max: 120}
  max_age: {type: int, optional: true, min: 0, max: 120}
  sort:
    type: choice
    choices: [most_captains, fewest_captains, class, oldest_average]
    default: most_captains
    synonyms: {most: most_captains, fewest: fewest_captains, alphabetical: class,
               by name: class, oldest: oldest_average, highest average age: oldest_average}
owner: "@fleet-data"
---*/
SELECT c.Class AS class, COUNT(*) AS captains, ROUND(AVG(c.age), 1) AS average_age,
       MIN(c.age) AS youngest, MAX(c.age) AS oldest,
       string_agg(DISTINCT c.Rank, ', ') AS ranks
FROM captain AS c
WHERE 1 = 1
{% if min_age is not none and min_age is not false %}AND c.age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND c.age <= :max_age
{% endif %}GROUP BY c.Class
ORDER BY
{% if sort == 'fewest_captains' %}captains, c.Class
{% elif sort == 'class' %}c.Class
{% elif sort == 'oldest_average' %}average_age DESC, c.Class
{% else %}captains DESC, c.Class
{% endif %}
