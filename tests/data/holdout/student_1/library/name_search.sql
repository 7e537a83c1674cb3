/*---
title: Find a name
description: >
  Everyone, students and teachers, whose first or last name contains some text (any case):
  whether a student or a teacher, last and first name, classroom and (for students) grade.
examples:
  - anyone called GAYLE
  - names containing "SON"
  - find a teacher or student named LEIA
keywords: [find, search, name, named, called, contains, containing, anyone, somebody,
           spelled, lookup, who is]
params:
  name_contains: {type: string, label: text in the name}
owner: "@school-data"
---*/
SELECT 'student' AS role, l.LastName AS last_name, l.FirstName AS first_name,
       l.Classroom AS classroom, l.Grade AS grade
FROM list AS l
WHERE l.LastName ILIKE '%' || :name_contains || '%' OR l.FirstName ILIKE '%' || :name_contains || '%'
UNION ALL
SELECT 'teacher', t.LastName, t.FirstName, t.Classroom, NULL
FROM teachers AS t
WHERE t.LastName ILIKE '%' || :name_contains || '%' OR t.FirstName ILIKE '%' || :name_contains || '%'
ORDER BY role, last_name, first_name
