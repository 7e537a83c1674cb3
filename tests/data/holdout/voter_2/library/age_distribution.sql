/*---
title: Age distribution
description: >
  One row per age: how many students are that old, split into women and men. Youngest age
  first.
examples:
  - age histogram of students
  - how are student ages spread
keywords: [age, ages, distribution, histogram, spread, breakdown, per age, each age, old,
           years, students, women, men]
owner: "@student-gov-data"
---*/
SELECT
    Age AS age,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE Sex = 'M') AS men
FROM Student
GROUP BY Age
ORDER BY Age
