/*---
title: Registrations per branch
description: >
  One row per branch with at least one registered member: branch name, city, year opened,
  and the number of members registered there. Optionally only registrations of one year, or
  from a year on (inclusive), are counted. Most registered members first.
examples:
  - how many members are registered at each branch
  - which branch registered the most members in 2017
  - registrations per branch since 2016
keywords: [registered, registrations, members per branch, sign-ups, signups, per branch,
           by branch, most members, busiest branch]
params:
  register_year: {type: int, optional: true, label: registration year}
  registered_since: {type: int, optional: true, label: registered from year (inclusive)}
owner: "@retail-analytics"
---*/
SELECT b.Name AS branch, b.City AS city, b.Open_year AS open_year,
       COUNT(*) AS registered_members
FROM membership_register_branch AS r
JOIN branch AS b ON b.Branch_ID = r.Branch_ID
WHERE 1 = 1
{% if register_year is not none %}AND r.Register_Year = :register_year
{% endif %}{% if registered_since is not none %}AND r.Register_Year >= :registered_since
{% endif %}GROUP BY b.Branch_ID, b.Name, b.City, b.Open_year
ORDER BY registered_members DESC, branch
