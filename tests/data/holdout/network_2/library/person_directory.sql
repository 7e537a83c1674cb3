/*---
title: People in the network
description: >
  One row per person: name, age, city, gender, job, how many friends they list and how many
  people list them as a friend. Optionally one person by name, one gender, one job, one city,
  an age range (min_age/max_age inclusive, age_above/age_below strict). Sorted by name
  (default), oldest first or youngest first; optionally only the first n rows.
examples:
  - list everyone in the network with their job
  - who are our members over 40
  - which students do we have
  - how old is Bob
  - youngest woman in the network
keywords: [person, people, member, members, user, users, who, name, names, age, old, older,
           younger, oldest, youngest, city, gender, female, male, job, job title, occupation,
           student, engineer, doctor, directory, list, everyone, everybody, sorted, order]
params:
  person: {type: string, optional: true, label: person's name}
  gender:
    type: choice
    optional: true
    choices: [female, male]
    synonyms: {woman: female, women: female, females: female, girl: female, girls: female,
               man: male, men: male, males: male, boy: male, boys: male}
  job: {type: string, optional: true, label: job title}
  city: {type: string, optional: true}
  min_age: {type: int, optional: true, min: 0, max: 150, label: age at least}
  max_age: {type: int, optional: true, min: 0, max: 150, label: age at most}
  age_above: {type: int, optional: true, min: 0, max: 150, label: older than}
  age_below: {type: int, optional: true, min: 0, max: 150, label: younger than}
  sort:
    type: choice
    choices: [name, oldest, youngest]
    default: name
    synonyms: {alphabetical: name, by name: name, a-z: name, oldest first: oldest,
               age descending: oldest, eldest: oldest, youngest first: youngest,
               age ascending: youngest, by age: youngest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many rows}
owner: "@growth-analytics"
---*/
SELECT
    p.name,
    p.age,
    p.city,
    p.gender,
    p.job,
    (SELECT COUNT(*) FROM PersonFriend AS f WHERE f.name = p.name) AS friends_listed,
    (SELECT COUNT(*) FROM PersonFriend AS f WHERE f.friend = p.name) AS listed_by
FROM Person AS p
WHERE 1 = 1
{% if person %}AND p.name = :person
{% endif %}{% if gender %}AND p.gender = :gender
{% endif %}{% if job %}AND p.job = :job
{% endif %}{% if city %}AND p.city = :city
{% endif %}{% if min_age is not none and min_age is not false %}AND p.age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND p.age <= :max_age
{% endif %}{% if age_above is not none and age_above is not false %}AND p.age > :age_above
{% endif %}{% if age_below is not none and age_below is not false %}AND p.age < :age_below
{% endif %}ORDER BY
{% if sort == 'oldest' %}p.age DESC, p.name
{% elif sort == 'youngest' %}p.age, p.name
{% else %}p.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
