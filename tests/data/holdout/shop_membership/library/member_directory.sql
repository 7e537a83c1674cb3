/*---
title: Members
description: >
  One row per member: member id, card number, name, hometown ("City, State"), level, the
  branch they registered at and the year (blank if not registered), and their number of
  purchase records and total pounds spent. Optionally one member by name or card number,
  one hometown, members from one state, one level or at least a level. By name (default),
  highest level first, or biggest spenders first; optionally the top n.
examples:
  - list all members with their card numbers
  - members from Kentucky
  - who is on level 6
  - members sorted by level
  - what's the card number of Micah Johnson
  - top 3 spenders
keywords: [member, members, customer, customers, card, card number, hometown, home town,
           from, level, tier, membership level, registered, spent, spend, spenders]
params:
  member: {type: string, optional: true, label: member name}
  card_number: {type: string, optional: true, label: card number}
  hometown: {type: string, optional: true, label: hometown}
  state:
    type: string
    optional: true
    label: home state
    values: "SELECT DISTINCT trim(split_part(Hometown, ',', 2)) FROM member"
  level: {type: int, optional: true, label: level}
  min_level: {type: int, optional: true, label: at least (level)}
  sort:
    type: choice
    choices: [name, highest_level, most_spent]
    default: name
    synonyms: {alphabetical: name, by name: name, by level: highest_level,
               highest level: highest_level, descending level: highest_level,
               biggest spenders: most_spent, top spenders: most_spent, most spent: most_spent}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@retail-analytics"
---*/
SELECT m.Member_ID AS member_id, m.Card_Number AS card_number, m.Name AS member,
       m.Hometown AS hometown, m.Level AS level, b.Name AS registered_branch,
       r.Register_Year AS register_year,
       (SELECT COUNT(*) FROM purchase AS p WHERE p.Member_ID = m.Member_ID) AS purchases,
       COALESCE((SELECT SUM(p.Total_pounds) FROM purchase AS p WHERE p.Member_ID = m.Member_ID), 0)
           AS total_pounds
FROM member AS m
LEFT JOIN membership_register_branch AS r ON r.Member_ID = m.Member_ID
LEFT JOIN branch AS b ON b.Branch_ID = r.Branch_ID
WHERE 1 = 1
{% if member %}AND m.Name = :member
{% endif %}{% if card_number %}AND m.Card_Number = :card_number
{% endif %}{% if hometown %}AND m.Hometown = :hometown
{% endif %}{% if state %}AND trim(split_part(m.Hometown, ',', 2)) = :state
{% endif %}{% if level is not none %}AND m.Level = :level
{% endif %}{% if min_level is not none %}AND m.Level >= :min_level
{% endif %}ORDER BY
{% if sort == 'highest_level' %}m.Level DESC, m.Name
{% elif sort == 'most_spent' %}total_pounds DESC, m.Name
{% else %}m.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
