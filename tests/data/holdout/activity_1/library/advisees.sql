/*---
title: Students and their advisors
description: >
  One row per student with their advisor: student id, first and last name, age, major code
  and home city code, then the advisor's faculty id, first and last name, rank and building.
  Optionally one student by first and/or last name, one advisor by first and/or last name,
  or only students whose advisor holds a given rank. By student last name (default) or by
  advisor.
examples:
  - who advises whom
  - Tracy Kim's advisor
  - students of Professor Yarowsky
  - students with an instructor as advisor
keywords: [advisor, advisors, adviser, advised, advises, advisee, advisees, mentor, student,
           students, who, name, names, first name, last name, id, ids, student id, rank,
           professor, professors, assigned, list]
params:
  student_first_name: {type: string, optional: true, label: student's first name}
  student_last_name: {type: string, optional: true, label: student's last name}
  advisor_first_name: {type: string, optional: true, label: advisor's first name}
  advisor_last_name: {type: string, optional: true, label: advisor's last name}
  advisor_rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {professor: Professor, professors: Professor, full professor: Professor,
               full professors: Professor, associate professor: AssocProf,
               associate professors: AssocProf, assistant professor: AsstProf,
               assistant professors: AsstProf, instructor: Instructor,
               instructors: Instructor}
  sort:
    type: choice
    choices: [student, advisor]
    default: student
    synonyms: {by student: student, by advisor: advisor, by adviser: advisor}
owner: "@activities-data"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS student_first_name,
    s.LName AS student_last_name,
    s.Age AS age,
    s.Major AS major,
    s.city_code AS city,
    f.FacID AS advisor_id,
    f.Fname AS advisor_first_name,
    f.Lname AS advisor_last_name,
    f.Rank AS advisor_rank,
    f.Building AS advisor_building
FROM Student AS s
JOIN Faculty AS f ON f.FacID = s.Advisor
WHERE 1 = 1
{% if student_first_name %}AND s.Fname = :student_first_name
{% endif %}{% if student_last_name %}AND s.LName = :student_last_name
{% endif %}{% if advisor_first_name %}AND f.Fname = :advisor_first_name
{% endif %}{% if advisor_last_name %}AND f.Lname = :advisor_last_name
{% endif %}{% if advisor_rank %}AND f.Rank = :advisor_rank
{% endif %}ORDER BY
{% if sort == 'advisor' %}f.Lname, f.Fname, s.LName, s.Fname, s.StuID
{% else %}s.LName, s.Fname, s.StuID
{% endif %}
