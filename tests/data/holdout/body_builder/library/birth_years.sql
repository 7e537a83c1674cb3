/*---
title: People by birth year
description: >
  One row per birth year (default) or birth decade: number of people, how many are body
  builders, and those body builders' average total (kg).
examples:
  - how many people born each year
  - people per decade of birth
  - average total by birth decade
keywords: [birth year, year of birth, born in, decade, age, generation, cohort, per year]
params:
  by:
    type: choice
    choices: [year, decade]
    default: year
    synonyms: {per year: year, by year: year, per decade: decade, by decade: decade}
owner: "@strength-stats"
---*/
SELECT
{% if by == 'decade' %}10 * (year(strptime(p.Birth_Date, '%B %d, %Y')) // 10) AS birth_decade,
{% else %}year(strptime(p.Birth_Date, '%B %d, %Y')) AS birth_year,
{% endif %}COUNT(*) AS people, COUNT(b.People_ID) AS body_builders,
       ROUND(AVG(b.Total), 2) AS avg_total
FROM people AS p
LEFT JOIN body_builder AS b ON b.People_ID = p.People_ID
GROUP BY 1
ORDER BY 1
