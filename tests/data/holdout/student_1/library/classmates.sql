/*---
title: Classmates of a student
description: >
  The other students in the same classroom as one student (by last name): last name, first
  name and grade. Alphabetical.
examples:
  - who sits in the same room as KITTIE MOWATT
  - classmates of HUANG
keywords: [classmates, class mates, same class, same room, same classroom, together with,
           sits with, peers, alongside]
params:
  student: {type: string, label: student's last name}
owner: "@school-data"
---*/
SELECT
    c.LastName AS last_name,
    c.FirstName AS first_name,
    c.Grade AS grade,
    c.Classroom AS classroom
FROM list AS s
JOIN list AS c ON c.Classroom = s.Classroom AND NOT (c.LastName = s.LastName AND c.FirstName = s.FirstName)
WHERE s.LastName = :student
ORDER BY c.LastName, c.FirstName
