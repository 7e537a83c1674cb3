/*---
title: Pilot roster overview
description: >
  One row over the pilot roster: how many pilots, average, youngest and oldest age, and how
  many of them have won a round. Optionally only pilots older than an age.
examples:
  - how many pilots do we have
  - average age of the pilots
  - pilot roster summary
keywords: [pilots, roster, how many, number, count, total, average age, mean age,
           youngest, oldest, overview, summary]
params:
  older_than: {type: int, optional: true, min: 0, max: 120, label: age above}
owner: "@aviation-analytics"
---*/
SELECT COUNT(*) AS pilots, ROUND(AVG(p.Age), 2) AS avg_age, MIN(p.Age) AS youngest_age,
       MAX(p.Age) AS oldest_age,
       COUNT(*) FILTER (WHERE p.Pilot_Id IN (SELECT Winning_Pilot FROM "match")) AS pilots_with_wins
FROM pilot AS p
WHERE 1 = 1
{% if older_than is not none and older_than is not false %}AND p.Age > :older_than
{% endif %}
