/*---
title: Student body at a glance
description: >
  One row: how many students, how many women and men, the average, lowest and highest age,
  and how many majors, advisors and home cities they cover. Optionally only one sex, one
  major, one advisor or one city code.
examples:
  - headcount of students
  - average age of the student body
  - age range in major 520
  - how many students come from PIT
keywords: [student, students, how many, number, count, total, headcount, average, mean,
           age, ages, youngest, oldest, maximum, minimum, max, min, range, sex, female, male,
           women, men, major, advisor, city, city code, summary, overall]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  advisor: {type: int, optional: true, min: 1000, max: 9999, label: advisor number}
  city_code: {type: string, optional: true, label: city code}
owner: "@student-gov-data"
---*/
SELECT
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE Sex = 'M') AS men,
    ROUND(AVG(Age), 2) AS average_age,
    MIN(Age) AS youngest_age,
    MAX(Age) AS oldest_age,
    COUNT(DISTINCT Major) AS majors,
    COUNT(DISTINCT Advisor) AS advisors,
    COUNT(DISTINCT city_code) AS cities
FROM Student
WHERE 1 = 1
{% if sex %}AND Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND Major = :major
{% endif %}{% if advisor is not none and advisor is not false %}AND Advisor = :advisor
{% endif %}{% if city_code %}AND city_code = :city_code
{% endif %}
