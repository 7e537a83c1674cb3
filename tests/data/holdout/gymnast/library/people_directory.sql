/*---
title: People
description: >
  One row per person in the federation's register (gymnasts and everyone else): id, name,
  age, height, hometown, and whether they compete as a gymnast. Optionally one person by
  name, people from one hometown, or of an age range. By name (default), oldest or youngest
  first, tallest or shortest first.
examples:
  - list everyone in the register
  - people from Santo Domingo
  - who is the tallest person
  - oldest people
  - how old is Rosa Clarissa Ortíz Melo
keywords: [people, person, persons, everyone, register, roster, members, member, name, names,
           age, ages, old, oldest, youngest, height, tall, tallest, shortest, hometown,
           born, from]
params:
  person: {type: string, optional: true, label: name}
  hometown: {type: string, optional: true, label: hometown}
  min_age: {type: int, optional: true, min: 0, label: age at least}
  max_age: {type: int, optional: true, min: 0, label: age at most}
  sort:
    type: choice
    choices: [name, oldest, youngest, tallest, shortest]
    default: name
    synonyms: {alphabetical: name, alphabetically: name, by name: name, oldest: oldest,
               youngest: youngest, tallest: tallest, shortest: shortest, by age: oldest,
               by height: tallest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@federation-analytics"
---*/
SELECT p.People_ID AS person_id, p.Name AS name, p.Age AS age, p.Height AS height_m,
       p.Hometown AS hometown,
       CASE WHEN g.Gymnast_ID IS NULL THEN 'no' ELSE 'yes' END AS gymnast
FROM people AS p
LEFT JOIN gymnast AS g ON g.Gymnast_ID = p.People_ID
WHERE 1 = 1
{% if person %}AND p.Name = :person
{% endif %}{% if hometown %}AND p.Hometown = :hometown
{% endif %}{% if min_age is not none and min_age is not false %}AND p.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND p.Age <= :max_age
{% endif %}ORDER BY
{% if sort == 'oldest' %}p.Age DESC, p.Name
{% elif sort == 'youngest' %}p.Age, p.Name
{% elif sort == 'tallest' %}p.Height DESC, p.Name
{% elif sort == 'shortest' %}p.Height, p.Name
{% else %}p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
