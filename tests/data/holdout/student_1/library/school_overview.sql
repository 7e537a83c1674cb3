/*---
title: School at a glance
description: >
  One row for the whole school: how many students, teachers, classrooms in use and grades,
  and the average number of students per classroom.
examples:
  - total enrolment this year
  - how many teachers are on staff
  - how many classrooms are in use
keywords: [total, overall, school, whole school, how many, number, count, students, pupils,
           kids, children, enrolment, enrollment, teachers, staff, classrooms, rooms, grades,
           average class size, summary, overview]
owner: "@school-data"
---*/
SELECT
    (SELECT COUNT(*) FROM list) AS students,
    (SELECT COUNT(*) FROM teachers) AS teachers,
    (SELECT COUNT(DISTINCT Classroom) FROM list) AS classrooms_in_use,
    (SELECT COUNT(DISTINCT Grade) FROM list) AS grades,
    (SELECT ROUND(COUNT(*) * 1.0 / COUNT(DISTINCT Classroom), 2) FROM list) AS average_class_size
