/*---
title: Classrooms
description: >
  One row per classroom in use: the room number, the grade(s) studying there, how many
  grades, how many students, and the teacher. Optionally one classroom or only the rooms of
  one grade. Sorted by room number (default), most students or fewest students.
examples:
  - how full is each room
  - which rooms does 6th grade use
  - what grade is in room 112
  - biggest classroom by headcount
keywords: [classroom, classrooms, room, rooms, room number, each classroom, per classroom,
           grade, grades, used by, using, studying, headcount, how many students, number of
           students, class size, most students, fewest students, busiest, teacher]
params:
  classroom: {type: int, optional: true, min: 1, max: 9999, label: classroom number}
  grade: {type: int, optional: true, min: 0, max: 12, label: grade (0 = kindergarten)}
  sort:
    type: choice
    choices: [classroom, most_students, fewest_students]
    default: classroom
    synonyms: {by room: classroom, room number: classroom, most students: most_students,
               largest: most_students, biggest: most_students, busiest: most_students,
               most: most_students, fewest students: fewest_students,
               smallest: fewest_students, least: fewest_students}
owner: "@school-data"
---*/
SELECT
    l.Classroom AS classroom,
    string_agg(DISTINCT CAST(l.Grade AS VARCHAR), ', ') AS grades,
    COUNT(DISTINCT l.Grade) AS number_of_grades,
    COUNT(*) AS students,
    MIN(t.FirstName || ' ' || t.LastName) AS teacher
FROM list AS l
LEFT JOIN teachers AS t ON t.Classroom = l.Classroom
WHERE 1 = 1
{% if classroom is not none and classroom is not false %}AND l.Classroom = :classroom
{% endif %}{% if grade is not none and grade is not false %}AND l.Grade = :grade
{% endif %}GROUP BY l.Classroom
ORDER BY
{% if sort == 'most_students' %}students DESC, l.Classroom
{% elif sort == 'fewest_students' %}students, l.Classroom
{% else %}l.Classroom
{% endif %}
