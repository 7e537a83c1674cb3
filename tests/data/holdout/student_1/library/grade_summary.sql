/*---
title: Grades
description: >
  One row per grade (0 is kindergarten): how many students, how many classrooms it uses and
  which ones, and how many teachers teach it. Lowest grade first.
examples:
  - enrolment by grade
  - how many rooms does each grade need
  - students and teachers per grade level
keywords: [grade, grades, grade level, each grade, per grade, by grade, kindergarten,
           enrolment, enrollment, students, how many, number, classrooms, rooms, teachers,
           breakdown]
owner: "@school-data"
---*/
SELECT
    l.Grade AS grade,
    COUNT(*) AS students,
    COUNT(DISTINCT l.Classroom) AS classrooms,
    string_agg(DISTINCT CAST(l.Classroom AS VARCHAR), ', ' ORDER BY CAST(l.Classroom AS VARCHAR)) AS classroom_numbers,
    COUNT(DISTINCT t.LastName || ',' || t.FirstName) AS teachers
FROM list AS l
LEFT JOIN teachers AS t ON t.Classroom = l.Classroom
GROUP BY l.Grade
ORDER BY l.Grade
