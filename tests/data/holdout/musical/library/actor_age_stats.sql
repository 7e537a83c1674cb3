/*---
title: Actor age statistics
description: >
  Ages of the actors on our cast records: number of actors and the average, youngest and
  oldest age, overall (default) or per musical. Optionally only one musical.
examples:
  - average age of our actors
  - age range of the cast per musical
  - how old is the oldest cast member on average per show
  - mean actor age in The Book of Mormon
keywords: [age, ages, average, mean, median, youngest, oldest, range, stats, statistics,
           summary, demographics, actors, cast]
params:
  by:
    type: choice
    choices: [overall, musical]
    default: overall
    synonyms: {all actors: overall, total: overall, per musical: musical,
               by musical: musical, per show: musical, by show: musical}
  musical: {type: string, optional: true, label: musical}
owner: "@theatre-analytics"
---*/
SELECT
{% if by == 'musical' %}m.Name AS musical,
{% endif %}COUNT(*) AS actors, ROUND(AVG(a.age), 1) AS avg_age, MIN(a.age) AS youngest_age,
       MAX(a.age) AS oldest_age
FROM actor AS a
LEFT JOIN musical AS m ON m.Musical_ID = a.Musical_ID
WHERE 1 = 1
{% if musical %}AND m.Name = :musical
{% endif %}{% if by == 'musical' %}GROUP BY m.Name ORDER BY m.Name
{% endif %}
