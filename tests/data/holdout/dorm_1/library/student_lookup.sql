/*---
title: Student lookup
description: >
  One student by last name (or student id): age, sex, major, advisor, home city, and the dorm
  and room they live in.
examples:
  - look up student Kumar
  - where does Gompers live
  - details for student 1020
  - which room is Cheng in
keywords: [student, lookup, look up, details, profile, find, room, dorm, where, live,
           lives, last name, surname, id]
params:
  student: {type: string, label: last name or student id}
owner: "@registrar"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    s.Advisor AS advisor,
    s.city_code,
    d.dorm_name,
    l.room_number
FROM Student AS s
LEFT JOIN Lives_in AS l ON l.stuid = s.StuID
LEFT JOIN Dorm AS d ON d.dormid = l.dormid
WHERE s.LName = :student OR CAST(s.StuID AS VARCHAR) = :student
ORDER BY s.StuID
