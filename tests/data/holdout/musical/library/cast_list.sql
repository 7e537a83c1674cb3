/*---
title: Cast list
description: >
  One row per actor in our cast records: actor id, name, the character they play, how long
  they have played it (the duration as published, such as "1994—" for still running), their
  age, and the musical they are in with that musical's award year. Optionally one actor, one
  musical, one character, or ages within bounds (inclusive). By actor name (default), oldest
  or youngest first, or by the musical's award year (latest first); optionally the top n.
examples:
  - who is in the cast
  - which character does Kate Ritchie play
  - cast of Les Misérables
  - actors aged 21 or over
  - youngest cast members
  - roles and how long each actor has played them
keywords: [actor, actors, actress, cast, cast member, performer, performers, character,
           characters, role, roles, plays, played, duration, age, ages, old, years old]
params:
  actor: {type: string, optional: true, label: actor name}
  musical: {type: string, optional: true, label: musical}
  character: {type: string, optional: true, label: character}
  min_age: {type: int, optional: true, min: 0, label: at least (years old)}
  max_age: {type: int, optional: true, min: 0, label: at most (years old)}
  sort:
    type: choice
    choices: [name, oldest, youngest, award_year]
    default: name
    synonyms: {alphabetical: name, by name: name, a-z: name, oldest: oldest,
               oldest first: oldest, by age descending: oldest, youngest: youngest,
               youngest first: youngest, by age: youngest, by award year: award_year,
               latest award first: award_year}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@theatre-analytics"
---*/
SELECT a.Actor_ID AS actor_id, a.Name AS actor, a."Character" AS character,
       a.Duration AS duration, a.age AS age, m.Name AS musical, m."Year" AS award_year
FROM actor AS a
LEFT JOIN musical AS m ON m.Musical_ID = a.Musical_ID
WHERE 1 = 1
{% if actor %}AND a.Name = :actor
{% endif %}{% if musical %}AND m.Name = :musical
{% endif %}{% if character %}AND a."Character" = :character
{% endif %}{% if min_age is not none %}AND a.age >= :min_age
{% endif %}{% if max_age is not none %}AND a.age <= :max_age
{% endif %}ORDER BY
{% if sort == 'oldest' %}a.age DESC, a.Name
{% elif sort == 'youngest' %}a.age, a.Name
{% elif sort == 'award_year' %}m."Year" DESC, a.Name
{% else %}a.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
