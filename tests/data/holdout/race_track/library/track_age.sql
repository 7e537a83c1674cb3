/*---
title: Track age
description: >
  Each track's age in years today (from the year it opened) with its seating, for the
  facilities team's maintenance planning. Optionally only tracks at least a given age.
  Oldest first.
examples:
  - how old is each track
  - tracks older than 50 years
  - age of our venues
keywords: [age, old, older, years old, maintenance, facilities, renovation, ageing]
params:
  min_age: {type: int, optional: true, min: 0, label: at least (years old)}
owner: "@motorsport-analytics"
---*/
SELECT Name AS track, Year_Opened AS year_opened,
       year(current_date) - Year_Opened AS age_years, Seating AS seating
FROM track
WHERE 1 = 1
{% if min_age is not none %}AND year(current_date) - Year_Opened >= :min_age
{% endif %}ORDER BY Year_Opened, Name
