/*---
title: Where people were born
description: >
  One row per birth place ("City, State", default) or per birth state: number of people born
  there, their names and how many of them are body builders. Optionally only places with at
  least that many people (inclusive). Most people first (default) or by name.
examples:
  - how many people come from each hometown
  - birth states and head count
  - places with at least two people from there
keywords: [birth place, birthplace, born, hometown, origin, origins, from, where, city,
           state, home state, places, common]
params:
  by:
    type: choice
    choices: [place, state]
    default: place
    synonyms: {per place: place, by city: place, per city: place, by hometown: place,
               per state: state, by state: state, home state: state}
  min_people: {type: int, optional: true, min: 0, label: at least (people)}
  sort:
    type: choice
    choices: [most, name]
    default: most
    synonyms: {most people: most, most common: most, by name: name, alphabetical: name}
owner: "@strength-stats"
---*/
SELECT
{% if by == 'state' %}trim(split_part(p.Birth_Place, ',', 2)) AS birth_state,
{% else %}p.Birth_Place AS birth_place,
{% endif %}COUNT(*) AS people, string_agg(p.Name, ', ' ORDER BY p.Name) AS names,
       COUNT(b.People_ID) AS body_builders
FROM people AS p
LEFT JOIN body_builder AS b ON b.People_ID = p.People_ID
GROUP BY 1
HAVING 1 = 1
{% if min_people is not none %}AND COUNT(*) >= :min_people
{% endif %}ORDER BY
{% if sort == 'name' %}1
{% else %}COUNT(*) DESC, 1
{% endif %}
