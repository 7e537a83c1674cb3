/*---
title: People
description: >
  One row per person on file, whether or not they ran as a candidate: id, name, sex, date of
  birth, height (cm), weight (kg) and whether they are a candidate. Optionally one person, one
  sex, candidates only or non-candidates only, height or weight within bounds (inclusive). By
  id (default), name, age (oldest or youngest first), height or weight; optionally the top n.
examples:
  - everyone on file with their details
  - people taller than 195 cm
  - who is not a candidate
  - date of birth of Laurent Capet
  - people from oldest to youngest
  - the 2 heaviest people
keywords: [people, person, persons, everyone, profile, details, info, information, name,
           names, sex, gender, birth, born, date of birth, birthday, height, tall, taller,
           short, shorter, weight, heavy, heavier, light, lighter, cm, kg]
params:
  person: {type: string, optional: true, label: name}
  sex:
    type: choice
    optional: true
    label: sex
    choices: [M, F]
    synonyms: {male: M, males: M, men: M, man: M, female: F, females: F, women: F,
               woman: F}
  candidacy:
    type: choice
    optional: true
    label: candidates or not
    choices: [candidate, not_candidate]
    synonyms: {candidates: candidate, ran: candidate, running: candidate,
               non-candidates: not_candidate, not candidates: not_candidate,
               did not run: not_candidate, did not participate: not_candidate,
               not running: not_candidate}
  min_height: {type: int, optional: true, min: 0, label: at least (cm)}
  max_height: {type: int, optional: true, min: 0, label: at most (cm)}
  min_weight: {type: int, optional: true, min: 0, label: at least (kg)}
  max_weight: {type: int, optional: true, min: 0, label: at most (kg)}
  sort:
    type: choice
    choices: [id, name, oldest, youngest, tallest, shortest, heaviest, lightest]
    default: id
    synonyms: {by id: id, alphabetical: name, by name: name, oldest first: oldest,
               by date of birth: oldest, by birth date: oldest, old to young: oldest,
               youngest first: youngest, young to old: youngest, tallest first: tallest,
               by height: tallest, shortest first: shortest, heaviest first: heaviest,
               by weight: heaviest, lightest first: lightest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@polling-analytics"
---*/
SELECT p.People_ID AS people_id, p.Name AS name, p.Sex AS sex,
       p.Date_of_Birth AS date_of_birth, p.Height AS height_cm, p.Weight AS weight_kg,
       p.People_ID IN (SELECT People_ID FROM candidate) AS is_candidate
FROM people AS p
WHERE 1 = 1
{% if person %}AND p.Name = :person
{% endif %}{% if sex %}AND p.Sex = :sex
{% endif %}{% if candidacy == 'candidate' %}AND p.People_ID IN (SELECT People_ID FROM candidate)
{% elif candidacy == 'not_candidate' %}AND p.People_ID NOT IN (SELECT People_ID FROM candidate)
{% endif %}{% if min_height is not none %}AND p.Height >= :min_height
{% endif %}{% if max_height is not none %}AND p.Height <= :max_height
{% endif %}{% if min_weight is not none %}AND p.Weight >= :min_weight
{% endif %}{% if max_weight is not none %}AND p.Weight <= :max_weight
{% endif %}ORDER BY
{% if sort == 'name' %}p.Name
{% elif sort == 'oldest' %}strptime(p.Date_of_Birth, '%d.%m.%Y'), p.Name
{% elif sort == 'youngest' %}strptime(p.Date_of_Birth, '%d.%m.%Y') DESC, p.Name
{% elif sort == 'tallest' %}p.Height DESC, p.Name
{% elif sort == 'shortest' %}p.Height, p.Name
{% elif sort == 'heaviest' %}p.Weight DESC, p.Name
{% elif sort == 'lightest' %}p.Weight, p.Name
{% else %}p.People_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
