/*---
title: Actor tenure in role
description: >
  For each actor, when they first took their role (the first year of the published
  duration), whether they are still in it (a duration ending in an open dash), and how many
  separate stints they had. For contract renewals. Optionally only actors still in their
  role. Longest-serving first.
examples:
  - who is still in their role
  - when did each actor start
  - longest serving cast members
  - actors with more than one stint
keywords: [tenure, stint, stints, still, current, currently, active, start, started, since,
           first year, longest serving, renewal, contract, returning]
params:
  current_only: {type: bool, default: false, label: only actors still in the role}
owner: "@theatre-analytics"
---*/
SELECT Name AS actor, "Character" AS character, Duration AS duration,
       CAST(left(Duration, 4) AS INTEGER) AS first_year,
       Duration LIKE '%—' AS still_in_role,
       len(string_split(Duration, ',')) AS stints
FROM actor
WHERE 1 = 1
{% if current_only %}AND Duration LIKE '%—'
{% endif %}ORDER BY first_year, Name
