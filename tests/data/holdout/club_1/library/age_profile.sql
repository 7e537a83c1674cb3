/*---
title: Student age profile
description: >
  One row per age: how many students are that age, female and male, and how many of them
  belong to a club. Optionally one sex only. Youngest age first.
examples:
  - age distribution of students
  - how many students are 18
  - age breakdown of the women
keywords: [age, ages, old, how old, distribution, breakdown, profile, histogram, each,
           per, how many, number, count, students, female, male, women, men]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
owner: "@student-life-data"
---*/
SELECT
    s.Age AS age,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE s.Sex = 'F') AS female,
    COUNT(*) FILTER (WHERE s.Sex = 'M') AS male,
    COUNT(*) FILTER (WHERE s.StuID IN (SELECT m.StuID FROM Member_of_club AS m)) AS in_a_club
FROM Student AS s
WHERE 1 = 1
{% if sex %}AND s.Sex = :sex
{% endif %}GROUP BY s.Age
ORDER BY 1
