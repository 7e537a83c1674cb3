/*---
title: Teachers
description: >
  One row per teacher: last name, first name, classroom, the grade(s) taught in that room
  and how many students are in it. Optionally one teacher (by last name), one classroom,
  teachers of one grade, or the teacher(s) of one student (by the student's last name).
  Sorted by last name (default), classroom, most students or fewest students.
examples:
  - list of teachers and their rooms
  - who teaches 3rd grade
  - class size of each teacher
  - who is ANTONY BRIGHTBILL's teacher
keywords: [teacher, teachers, staff, faculty, instructor, who teaches, teaches, taught,
           homeroom, room, classroom, grade, grades, class size, students, how many students,
           most students, fewest, biggest class, smallest class, first name, last name]
params:
  teacher: {type: string, optional: true, label: teacher's last name}
  classroom: {type: int, optional: true, min: 1, max: 9999, label: classroom number}
  grade: {type: int, optional: true, min: 0, max: 12, label: grade (0 = kindergarten)}
  student: {type: string, optional: true, label: student's last name}
  sort:
    type: choice
    choices: [last_name, classroom, most_students, fewest_students]
    default: last_name
    synonyms: {alphabetical: last_name, by name: last_name, by room: classroom,
               most students: most_students, largest class: most_students,
               biggest class: most_students, most: most_students,
               fewest students: fewest_students, smallest class: fewest_students,
               least students: fewest_students}
owner: "@school-data"
---*/
SELECT
    t.LastName AS last_name,
    t.FirstName AS first_name,
    t.Classroom AS classroom,
    (SELECT string_agg(DISTINCT CAST(l.Grade AS VARCHAR), ', ') FROM list AS l
     WHERE l.Classroom = t.Classroom) AS grades,
    (SELECT COUNT(*) FROM list AS l WHERE l.Classroom = t.Classroom) AS students
FROM teachers AS t
WHERE 1 = 1
{% if teacher %}AND t.LastName = :teacher
{% endif %}{% if classroom is not none and classroom is not false %}AND t.Classroom = :classroom
{% endif %}{% if grade is not none and grade is not false %}AND EXISTS (SELECT 1 FROM list AS l WHERE l.Classroom = t.Classroom AND l.Grade = :grade)
{% endif %}{% if student %}AND EXISTS (SELECT 1 FROM list AS l WHERE l.Classroom = t.Classroom AND l.LastName = :student)
{% endif %}ORDER BY
{% if sort == 'classroom' %}t.Classroom, t.LastName
{% elif sort == 'most_students' %}students DESC, t.LastName
{% elif sort == 'fewest_students' %}students, t.LastName
{% else %}t.LastName, t.FirstName
{% endif %}
