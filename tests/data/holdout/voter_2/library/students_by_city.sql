/*---
title: Students per home city
description: >
  One row per home city code: students, women, men and their average age. Optionally only
  one sex or one major. By city code (default) or most students first.
examples:
  - where do our students come from
  - student count by city code
  - which city sends us the most students
keywords: [city, cities, city code, city codes, home, hometown, from, live, lives, living,
           reside, residence, where, per city, each city, by city, students, how many,
           number, count, most, largest, biggest]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  sort:
    type: choice
    choices: [city, most_students]
    default: city
    synonyms: {by city: city, alphabetical: city, most students: most_students,
               biggest: most_students, largest: most_students}
owner: "@student-gov-data"
---*/
SELECT
    city_code,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE Sex = 'M') AS men,
    ROUND(AVG(Age), 2) AS average_age
FROM Student
WHERE 1 = 1
{% if sex %}AND Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND Major = :major
{% endif %}GROUP BY city_code
ORDER BY
{% if sort == 'most_students' %}students DESC, city_code
{% else %}city_code
{% endif %}
