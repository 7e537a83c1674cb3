/*---
title: Captains by rank
description: >
  One row per rank: how many captains hold it, and their average, youngest and oldest age.
  Optionally only captains of one class, or an age range (inclusive). Most captains first
  (default), or by rank name.
examples:
  - how many captains per rank
  - average age of captains by rank
  - which rank has the most officers
keywords: [rank, ranks, per rank, each rank, by rank, captains, officers, how many, count,
           number of captains, average age, mean age, youngest, oldest, most common rank]
params:
  captain_class: {type: string, optional: true, label: class commanded}
  min_age: {type: int, optional: true, min: 0, max: 120}
  max_age: {type: int, optional: true, min: 0, max: 120}
  sort:
    type: choice
    choices: [most_captains, fewest_captains, rank]
    default: most_captains
    synonyms: {most: most_captains, most common: most_captains, fewest: fewest_captains,
               least common: fewest_captains, alphabetical: rank, by name: rank}
owner: "@fleet-data"
---*/
SELECT c.Rank AS rank, COUNT(*) AS captains, ROUND(AVG(c.age), 1) AS average_age,
       MIN(c.age) AS youngest, MAX(c.age) AS oldest
FROM captain AS c
WHERE 1 = 1
{% if captain_class %}AND c.Class = :captain_class
{% endif %}{% if min_age is not none and min_age is not false %}AND c.age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND c.age <= :max_age
{% endif %}GROUP BY c.Rank
ORDER BY
{% if sort == 'fewest_captains' %}captains, c.Rank
{% elif sort == 'rank' %}c.Rank
{% else %}captains DESC, c.Rank
{% endif %}
