/*---
title: Class schedule
description: >
  One row per scheduled class (a section of a course): class code (such as 10014), course
  code and description, section number, meeting days and time, room, the teaching professor
  (employee number, first and last name) and how many students are enrolled. Optionally one
  course by code, one room, or one professor by last name. By course and section (default),
  by room or by professor.
examples:
  - this term's timetable
  - when and where does CIS-420 meet
  - what's on in room BUS311
  - Coronel's teaching schedule
  - sections of QM-362 and who teaches them
keywords: [class, classes, class code, section, sections, schedule, timetable, time, times,
           when, meets, meeting, days, room, rooms, classroom, where, held, take place,
           located, professor, instructor, teaches, taught, teaching, course, course code,
           enrolled, how many, number, different, unique, offered, list]
params:
  course: {type: string, optional: true, label: course code}
  room: {type: string, optional: true, label: classroom}
  professor_last_name: {type: string, optional: true, label: professor's last name}
  sort:
    type: choice
    choices: [course, room, professor]
    default: course
    synonyms: {by course: course, by room: room, by classroom: room, by professor: professor,
               by instructor: professor}
owner: "@registrar-analytics"
---*/
SELECT
    cl.CLASS_CODE AS class_code,
    cl.CRS_CODE AS course_code,
    c.CRS_DESCRIPTION AS description,
    cl.CLASS_SECTION AS section,
    cl.CLASS_TIME AS meets,
    cl.CLASS_ROOM AS room,
    cl.PROF_NUM AS professor_number,
    e.EMP_FNAME AS professor_first_name,
    e.EMP_LNAME AS professor_last_name,
    (SELECT COUNT(*) FROM ENROLL AS en WHERE en.CLASS_CODE = cl.CLASS_CODE) AS enrolled
FROM CLASS AS cl
LEFT JOIN COURSE AS c ON c.CRS_CODE = cl.CRS_CODE
LEFT JOIN EMPLOYEE AS e ON e.EMP_NUM = cl.PROF_NUM
WHERE 1 = 1
{% if course %}AND cl.CRS_CODE = :course
{% endif %}{% if room %}AND cl.CLASS_ROOM = :room
{% endif %}{% if professor_last_name %}AND e.EMP_LNAME = :professor_last_name
{% endif %}ORDER BY
{% if sort == 'room' %}cl.CLASS_ROOM, cl.CLASS_CODE
{% elif sort == 'professor' %}e.EMP_LNAME, cl.CLASS_CODE
{% else %}cl.CRS_CODE, cl.CLASS_SECTION, cl.CLASS_CODE
{% endif %}
