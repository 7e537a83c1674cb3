/*---
title: Class roster
description: >
  One row per student: last name, first name, grade, classroom and the classroom's teacher.
  Optionally only one classroom, one grade, or the students of one teacher (by last name).
  Sorted by last name (default), first name, grade or classroom.
examples:
  - roster for room 104
  - all kindergarten students (grade 0)
  - which kids are in Mrs NIBLER's class
  - full student list
keywords: [student, students, pupils, kids, children, roster, class list, list, names, first
           name, last name, who, in room, classroom, room, grade, taught by, teacher's class,
           enrolled, everyone, all students]
params:
  classroom: {type: int, optional: true, min: 1, max: 9999, label: classroom number}
  grade: {type: int, optional: true, min: 0, max: 12, label: grade (0 = kindergarten)}
  teacher: {type: string, optional: true, label: teacher's last name}
  sort:
    type: choice
    choices: [last_name, first_name, grade, classroom]
    default: last_name
    synonyms: {alphabetical: last_name, by last name: last_name, surname: last_name,
               by first name: first_name, by grade: grade, by classroom: classroom,
               by room: classroom}
owner: "@school-data"
---*/
SELECT
    l.LastName AS last_name,
    l.FirstName AS first_name,
    l.Grade AS grade,
    l.Classroom AS classroom,
    t.FirstName || ' ' || t.LastName AS teacher
FROM list AS l
LEFT JOIN teachers AS t ON t.Classroom = l.Classroom
WHERE 1 = 1
{% if classroom is not none and classroom is not false %}AND l.Classroom = :classroom
{% endif %}{% if grade is not none and grade is not false %}AND l.Grade = :grade
{% endif %}{% if teacher %}AND t.LastName = :teacher
{% endif %}ORDER BY
{% if sort == 'first_name' %}l.FirstName, l.LastName
{% elif sort == 'grade' %}l.Grade, l.LastName, l.FirstName
{% elif sort == 'classroom' %}l.Classroom, l.LastName, l.FirstName
{% else %}l.LastName, l.FirstName
{% endif %}
