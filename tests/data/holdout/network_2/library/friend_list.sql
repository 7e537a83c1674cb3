/*---
title: Friendships
description: >
  One row per recorded friendship: the person, their age and job, the friend they list, the
  friend's age, gender, city and job, and how many years they have been friends. Optionally
  only one person's friends (person), only the people who list someone as a friend (friend),
  and only friends of one gender, job or city. Sorted by person then friend (default), by
  longest or by shortest friendship.
examples:
  - who is friends with whom
  - list Dan's friends
  - who counts Alice as a friend
  - friendships that have lasted the longest
  - which friends of Bob live in Chicago
keywords: [friend, friends, friendship, friendships, friends with, buddy, connection,
           connections, relationship, years, year, longest, shortest, lasting, whose, who,
           female, male, gender, job, city, from, lives, age]
params:
  person: {type: string, optional: true, label: whose friends}
  friend: {type: string, optional: true, label: friends with (the friend listed)}
  friend_gender:
    type: choice
    optional: true
    choices: [female, male]
    synonyms: {woman: female, women: female, female friends: female, girls: female,
               man: male, men: male, male friends: male, boys: male}
  friend_job: {type: string, optional: true, label: friend's job}
  friend_city: {type: string, optional: true, label: friend's city}
  sort:
    type: choice
    choices: [person, longest, shortest]
    default: person
    synonyms: {by name: person, alphabetical: person, longest: longest,
               longest-lasting: longest, most years: longest, oldest friendship: longest,
               shortest: shortest, fewest years: shortest, newest friendship: shortest}
owner: "@growth-analytics"
---*/
SELECT
    pf.name AS person,
    p.age AS person_age,
    p.job AS person_job,
    pf.friend,
    fr.age AS friend_age,
    fr.gender AS friend_gender,
    fr.city AS friend_city,
    fr.job AS friend_job,
    pf.year AS years
FROM PersonFriend AS pf
JOIN Person AS p ON p.name = pf.name
JOIN Person AS fr ON fr.name = pf.friend
WHERE 1 = 1
{% if person %}AND pf.name = :person
{% endif %}{% if friend %}AND pf.friend = :friend
{% endif %}{% if friend_gender %}AND fr.gender = :friend_gender
{% endif %}{% if friend_job %}AND fr.job = :friend_job
{% endif %}{% if friend_city %}AND fr.city = :friend_city
{% endif %}ORDER BY
{% if sort == 'longest' %}pf.year DESC, pf.name, pf.friend
{% elif sort == 'shortest' %}pf.year, pf.name, pf.friend
{% else %}pf.name, pf.friend
{% endif %}
