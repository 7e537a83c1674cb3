/*---
title: Student ages by sex
description: Number of students and their average, youngest and oldest age for each sex.
examples:
  - age profile of men vs women
  - youngest and eldest student by sex
  - mean age split by gender
keywords: [age, ages, average age, mean age, oldest, eldest, youngest, maximum age,
           minimum age, sex, gender, men, women, male, female, students]
params: {}
owner: "@registrar"
---*/
SELECT
    s.Sex AS sex,
    COUNT(*) AS students,
    ROUND(AVG(s.Age), 2) AS average_age,
    MIN(s.Age) AS youngest,
    MAX(s.Age) AS oldest
FROM Student AS s
GROUP BY s.Sex
ORDER BY s.Sex
