/*---
title: People and ages by gender, job or city
description: >
  One row per gender (default), job or city: how many people, their average, youngest and
  oldest age. Optionally only one gender, only people younger than an age (strict) or older
  than an age (strict). Groups in alphabetical order.
examples:
  - headcount by gender
  - average age per occupation
  - how many members live in each city
  - men by job with their average age
keywords: [gender, genders, female, male, job, jobs, job title, occupation, city, cities,
           each, per, by, for each, breakdown, group, average, mean, age, youngest, oldest,
           minimum, maximum, how many, number, count, people, under, over]
params:
  by:
    type: choice
    choices: [gender, job, city]
    default: gender
    synonyms: {sex: gender, per gender: gender, job title: job, occupation: job,
               profession: job, per job: job, town: city, per city: city, location: city}
  gender:
    type: choice
    optional: true
    choices: [female, male]
    synonyms: {woman: female, women: female, females: female, girls: female,
               man: male, men: male, males: male, boys: male}
  age_below: {type: int, optional: true, min: 0, max: 150, label: younger than}
  age_above: {type: int, optional: true, min: 0, max: 150, label: older than}
owner: "@growth-analytics"
---*/
SELECT
    {% if by == 'job' %}p.job{% elif by == 'city' %}p.city{% else %}p.gender{% endif %} AS grp,
    COUNT(*) AS people,
    ROUND(AVG(p.age), 2) AS average_age,
    MIN(p.age) AS youngest_age,
    MAX(p.age) AS oldest_age
FROM Person AS p
WHERE 1 = 1
{% if gender %}AND p.gender = :gender
{% endif %}{% if age_below is not none and age_below is not false %}AND p.age < :age_below
{% endif %}{% if age_above is not none and age_above is not false %}AND p.age > :age_above
{% endif %}GROUP BY 1
ORDER BY 1
