/*---
title: People register
description: >
  One row per registered person, whether or not they compete as a body builder: name,
  height (cm), body weight (kg), birth date, birth place, and whether they are a body builder.
  Optionally one person by name, people born in one state or one month, only body builders
  or only people who are not, or height within bounds (inclusive). By name (default), tallest,
  shortest, heaviest, lightest, oldest or youngest first; optionally the top n.
examples:
  - everyone on the register with height and weight
  - when was Mark Fayne born
  - people who don't compete
  - who is the tallest person
  - people born in Michigan
keywords: [people, person, persons, everyone, register, roster, member, members, height,
           tall, weight, birthday, birth date, born, birth place, hometown, origin, from]
params:
  person: {type: string, optional: true, label: person name}
  birth_state:
    type: choice
    optional: true
    label: birth state
    choices: [Alaska, Illinois, Michigan, Minnesota, New Hampshire]
    synonyms: {ak: Alaska, il: Illinois, mi: Michigan, mn: Minnesota, nh: New Hampshire}
  birth_month:
    type: choice
    optional: true
    label: birth month
    choices: [January, February, March, April, May, June, July, August, September,
              October, November, December]
    synonyms: {jan: January, feb: February, mar: March, apr: April, jun: June, jul: July,
               aug: August, sep: September, sept: September, oct: October, nov: November,
               dec: December}
  status:
    type: choice
    optional: true
    label: body builder or not
    choices: [body_builder, not_body_builder]
    synonyms: {body builders: body_builder, lifters: body_builder, competitors: body_builder,
               competing: body_builder, not body builders: not_body_builder,
               non body builders: not_body_builder, non-competitors: not_body_builder,
               not competing: not_body_builder, do not compete: not_body_builder}
  min_height: {type: int, optional: true, label: height at least (cm)}
  max_height: {type: int, optional: true, label: height at most (cm)}
  sort:
    type: choice
    choices: [name, tallest, shortest, heaviest, lightest, oldest, youngest]
    default: name
    synonyms: {by name: name, alphabetical: name, tallest first: tallest,
               descending height: tallest, shortest first: shortest,
               ascending height: shortest, heaviest first: heaviest,
               lightest first: lightest, oldest first: oldest, youngest first: youngest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@strength-stats"
---*/
SELECT p.People_ID AS people_id, p.Name AS name, p.Height AS height, p.Weight AS weight,
       p.Birth_Date AS birth_date, p.Birth_Place AS birth_place,
       CASE WHEN b.People_ID IS NULL THEN 'no' ELSE 'yes' END AS body_builder
FROM people AS p
LEFT JOIN body_builder AS b ON b.People_ID = p.People_ID
WHERE 1 = 1
{% if person %}AND p.Name = :person
{% endif %}{% if birth_state %}AND trim(split_part(p.Birth_Place, ',', 2)) = :birth_state
{% endif %}{% if birth_month %}AND p.Birth_Date LIKE (:birth_month || ' %')
{% endif %}{% if status == 'body_builder' %}AND b.People_ID IS NOT NULL
{% elif status == 'not_body_builder' %}AND b.People_ID IS NULL
{% endif %}{% if min_height is not none %}AND p.Height >= :min_height
{% endif %}{% if max_height is not none %}AND p.Height <= :max_height
{% endif %}ORDER BY
{% if sort == 'tallest' %}p.Height DESC, p.Name
{% elif sort == 'shortest' %}p.Height, p.Name
{% elif sort == 'heaviest' %}p.Weight DESC, p.Name
{% elif sort == 'lightest' %}p.Weight, p.Name
{% elif sort == 'oldest' %}strptime(p.Birth_Date, '%B %d, %Y'), p.Name
{% elif sort == 'youngest' %}strptime(p.Birth_Date, '%B %d, %Y') DESC, p.Name
{% else %}p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
