/*---
title: Member registrations
description: >
  One row per member registration at a branch: member name, card number, hometown, level,
  branch name, branch city and the year registered. Optionally one member, one branch, the
  branches of one city, or one registration year. By registration year (default), member
  name or branch name.
examples:
  - who registered at which branch
  - members who registered in 2017
  - who is registered at Alexandre
  - registrations sorted by branch
keywords: [registered, registration, registrations, register, register year, signed up,
           joined, sign-ups, enrolled, home branch]
params:
  member: {type: string, optional: true, label: member name}
  branch: {type: string, optional: true, label: branch name}
  city: {type: string, optional: true, label: branch city}
  register_year: {type: int, optional: true, label: registration year}
  sort:
    type: choice
    choices: [register_year, member, branch]
    default: register_year
    synonyms: {by year: register_year, by registration year: register_year, by member: member,
               by name: member, by branch: branch}
owner: "@retail-analytics"
---*/
SELECT m.Name AS member, m.Card_Number AS card_number, m.Hometown AS hometown,
       m.Level AS level, b.Name AS branch, b.City AS branch_city, r.Register_Year AS register_year
FROM membership_register_branch AS r
JOIN member AS m ON m.Member_ID = r.Member_ID
JOIN branch AS b ON b.Branch_ID = r.Branch_ID
WHERE 1 = 1
{% if member %}AND m.Name = :member
{% endif %}{% if branch %}AND b.Name = :branch
{% endif %}{% if city %}AND b.City = :city
{% endif %}{% if register_year is not none %}AND r.Register_Year = :register_year
{% endif %}ORDER BY
{% if sort == 'member' %}m.Name
{% elif sort == 'branch' %}b.Name, m.Name
{% else %}r.Register_Year, m.Name
{% endif %}
