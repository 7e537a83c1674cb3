/*---
title: Students per teacher and grade
description: >
  One row per teacher, one column per grade (kindergarten to 6th): how many of the
  teacher's students are in each grade, and the total. Sorted by teacher's last name.
examples:
  - teacher by grade matrix of student counts
  - pivot of students per teacher per grade
keywords: [matrix, pivot, cross tab, crosstab, teacher by grade, grid, table, per teacher
           per grade]
owner: "@school-data"
---*/
SELECT
    t.LastName AS last_name,
    t.FirstName AS first_name,
    COUNT(*) FILTER (WHERE l.Grade = 0) AS grade_0,
    COUNT(*) FILTER (WHERE l.Grade = 1) AS grade_1,
    COUNT(*) FILTER (WHERE l.Grade = 2) AS grade_2,
    COUNT(*) FILTER (WHERE l.Grade = 3) AS grade_3,
    COUNT(*) FILTER (WHERE l.Grade = 4) AS grade_4,
    COUNT(*) FILTER (WHERE l.Grade = 5) AS grade_5,
    COUNT(*) FILTER (WHERE l.Grade = 6) AS grade_6,
    COUNT(l.LastName) AS total
FROM teachers AS t
LEFT JOIN list AS l ON l.Classroom = t.Classroom
GROUP BY t.LastName, t.FirstName
ORDER BY t.LastName
