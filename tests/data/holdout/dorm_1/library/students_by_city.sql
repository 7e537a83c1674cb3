/*---
title: Students per home city
description: >
  Number of students and their average age per home city code, largest first. Optionally
  only one sex, or only cities with at least a number of students.
examples:
  - where do our students come from
  - hometown breakdown of the student body
  - cities with 3 or more students
  - female students per city code and their mean age
keywords: [city, cities, city code, hometown, home, from, where, students, count, number,
           average age, mean age, per city, each city, breakdown]
params:
  sex:
    type: choice
    choices: [F, M]
    optional: true
    synonyms: {female: F, women: F, woman: F, girls: F, girl: F, male: M, men: M, man: M,
               boys: M, boy: M}
  min_students: {type: int, optional: true, min: 1, label: at least this many students}
owner: "@registrar"
---*/
SELECT
    s.city_code,
    COUNT(*) AS students,
    ROUND(AVG(s.Age), 2) AS average_age
FROM Student AS s
{% if sex %}WHERE s.Sex = :sex
{% endif %}GROUP BY s.city_code
{% if min_students %}HAVING COUNT(*) >= :min_students
{% endif %}ORDER BY students DESC, s.city_code
