/*---
title: One student
description: >
  For one student (by last name): first name, grade, classroom, teacher and how many
  classmates share the room.
examples:
  - what room is SHIRLEY STIRE in
  - details for student PASSEY
  - who is JORDON SANTORY's teacher and what grade
keywords: [student, pupil, kid, child, lookup, find, details, profile, which grade, what
           grade, which room, what room, classroom, teacher, classmates]
params:
  student: {type: string, label: student's last name}
owner: "@school-data"
---*/
SELECT
    l.LastName AS last_name,
    l.FirstName AS first_name,
    l.Grade AS grade,
    l.Classroom AS classroom,
    t.FirstName || ' ' || t.LastName AS teacher,
    (SELECT COUNT(*) - 1 FROM list AS c WHERE c.Classroom = l.Classroom) AS classmates
FROM list AS l
LEFT JOIN teachers AS t ON t.Classroom = l.Classroom
WHERE l.LastName = :student
ORDER BY l.FirstName
