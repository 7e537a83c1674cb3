/*---
title: People
description: >
  One row per person on file: id, name, height (m), weight (kg), date of birth, and the
  company they pitched if they are an entrepreneur. Born in a period (default: since 1900,
  everyone on file); optionally one person, taller / shorter than a height or heavier / lighter than a weight (strict), or only
  entrepreneurs. Sorted by name (default), tallest, shortest, heaviest, lightest, oldest or
  youngest.
examples:
  - list everyone with height and weight
  - people taller than 1.8
  - who is the heaviest person
  - people born since 1975, oldest first
keywords: [people, person, persons, everyone, height, tall, taller, tallest, weight, heavy,
           heavier, heaviest, light, birth, born, date of birth, birthday, age, oldest, youngest]
params:
  person: {type: string, optional: true, label: name}
  born: {type: date_range, default: since 1900-01-01, label: born in}
  min_height: {type: number, optional: true, min: 0, max: 3, label: taller than (m)}
  max_height: {type: number, optional: true, min: 0, max: 3, label: shorter than (m)}
  min_weight: {type: number, optional: true, min: 0, max: 500, label: heavier than (kg)}
  max_weight: {type: number, optional: true, min: 0, max: 500, label: lighter than (kg)}
  entrepreneurs_only: {type: bool, default: false, label: only entrepreneurs}
  sort:
    type: choice
    choices: [name, tallest, shortest, heaviest, lightest, oldest, youngest]
    default: name
    synonyms: {alphabetical: name, height: tallest, by height: tallest, weight: heaviest,
               by weight: heaviest, date of birth: oldest, by birth date: oldest, age: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@venture-analytics"
---*/
SELECT p.People_ID AS people_id, p.Name AS name, p.Height AS height, p.Weight AS weight,
       p.Date_of_Birth AS date_of_birth,
       (SELECT string_agg(e.Company, ', ') FROM entrepreneur AS e
        WHERE e.People_ID = p.People_ID) AS company
FROM people AS p
WHERE 1 = 1
{% if person %}AND p.Name = :person
{% endif %}AND p.Date_of_Birth BETWEEN :born_start AND :born_end
{% if min_height is not none and min_height is not false %}AND p.Height > :min_height
{% endif %}{% if max_height is not none and max_height is not false %}AND p.Height < :max_height
{% endif %}{% if min_weight is not none and min_weight is not false %}AND p.Weight > :min_weight
{% endif %}{% if max_weight is not none and max_weight is not false %}AND p.Weight < :max_weight
{% endif %}{% if entrepreneurs_only %}AND EXISTS (SELECT 1 FROM entrepreneur AS e WHERE e.People_ID = p.People_ID)
{% endif %}ORDER BY
{% if sort == 'tallest' %}p.Height DESC
{% elif sort == 'shortest' %}p.Height
{% elif sort == 'heaviest' %}p.Weight DESC
{% elif sort == 'lightest' %}p.Weight
{% elif sort == 'oldest' %}p.Date_of_Birth
{% elif sort == 'youngest' %}p.Date_of_Birth DESC
{% else %}p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
