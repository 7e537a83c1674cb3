/*---
title: Pilots
description: >
  One row per pilot: id, name and age. Optionally one pilot, or age bounds (strict: older
  than / younger than). Sorted by name (default), oldest first, or youngest first.
examples:
  - list the pilots and their ages
  - pilots older than 30
  - who is the youngest pilot
  - how old is Ayana Spencer
keywords: [pilot, pilots, flyer, name, names, age, ages, old, older, oldest, young,
           younger, youngest, roster]
params:
  pilot: {type: string, optional: true, label: pilot name}
  older_than: {type: int, optional: true, min: 0, max: 120, label: age above}
  younger_than: {type: int, optional: true, min: 0, max: 120, label: age below}
  sort:
    type: choice
    choices: [name, oldest, youngest]
    default: name
    synonyms: {alphabetical: name, by name: name, age: oldest, by age: oldest,
               descending age: oldest, oldest first: oldest, ascending age: youngest,
               youngest first: youngest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@aviation-analytics"
---*/
SELECT p.Pilot_Id AS pilot_id, p.Name AS pilot, p.Age AS age
FROM pilot AS p
WHERE 1 = 1
{% if pilot %}AND p.Name = :pilot
{% endif %}{% if older_than is not none and older_than is not false %}AND p.Age > :older_than
{% endif %}{% if younger_than is not none and younger_than is not false %}AND p.Age < :younger_than
{% endif %}ORDER BY
{% if sort == 'oldest' %}p.Age DESC, p.Name
{% elif sort == 'youngest' %}p.Age, p.Name
{% else %}p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
