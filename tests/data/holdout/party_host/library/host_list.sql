/*---
title: Hosts
description: >
  One row per host: name, nationality, age, how many parties they hosted on record and how
  many of those they were in charge of. Optionally one nationality, or older than / younger
  than an age (strict). Oldest first (default), youngest first, most parties, or by name.
examples:
  - list all hosts with their nationality and age
  - who is the oldest host
  - hosts from the United States
  - hosts younger than 35
keywords: [host, hosts, presenter, presenters, name, names, nationality, nation, country,
           age, old, older, oldest, young, younger, youngest, people]
params:
  nationality: {type: string, optional: true, label: nationality}
  min_age: {type: int, optional: true, label: older than}
  max_age: {type: int, optional: true, label: younger than}
  sort:
    type: choice
    choices: [oldest, youngest, most_parties, name]
    default: oldest
    synonyms: {age: oldest, highest age: oldest, eldest: oldest, youngest first: youngest,
               lowest age: youngest, most parties: most_parties, busiest: most_parties,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@events-analytics"
---*/
SELECT h.Name AS name, h.Nationality AS nationality, h.Age AS age,
       COUNT(ph.Party_ID) AS parties_hosted,
       COUNT(*) FILTER (WHERE ph.Is_Main_in_Charge) AS parties_in_charge
FROM host AS h
LEFT JOIN party_host AS ph ON ph.Host_ID = h.Host_ID
WHERE 1 = 1
{% if nationality %}AND h.Nationality = :nationality
{% endif %}{% if min_age is not none and min_age is not false %}AND h.Age > :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND h.Age < :max_age
{% endif %}GROUP BY h.Host_ID, h.Name, h.Nationality, h.Age
ORDER BY
{% if sort == 'youngest' %}h.Age, h.Name
{% elif sort == 'most_parties' %}parties_hosted DESC, h.Name
{% elif sort == 'name' %}h.Name
{% else %}h.Age DESC, h.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
