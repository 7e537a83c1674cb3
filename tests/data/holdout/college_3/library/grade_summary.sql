/*---
title: Grade point summary
description: >
  One row: enrollments, students, average grade point (GPA over enrollments), highest and
  lowest grade point. Optionally only students with one last name, from one city code, of
  one sex or major, or only enrollments in one course (by name) or one department's courses.
examples:
  - average GPA across all enrollments
  - best and worst grade points of students from HKG
  - GPA of Computer Science majors
  - average grade in DISCRETE MATHEMATICS
keywords: [gpa, grade point, gradepoint, grade points, average, avg, mean, highest, lowest,
           maximum, minimum, max, min, best, worst, grades, students, summary, overall,
           city, live, living, from, last name, major, course, department]
params:
  last_name: {type: string, optional: true, label: student's last name}
  city_code: {type: string, optional: true, label: student's home city code}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, girls: F, male: M, males: M, men: M,
               boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: student's major department number}
  course: {type: string, optional: true, label: course name}
  dept_no: {type: int, optional: true, min: 1, max: 999, label: course department number}
owner: "@registrar-data"
---*/
SELECT
    COUNT(*) AS enrollments,
    COUNT(DISTINCT e.StuID) AS students,
    ROUND(AVG(g.gradepoint), 3) AS average_gradepoint,
    MAX(g.gradepoint) AS highest_gradepoint,
    MIN(g.gradepoint) AS lowest_gradepoint
FROM Enrolled_in AS e
JOIN Student AS s ON s.StuID = e.StuID
JOIN Course AS c ON c.CID = e.CID
JOIN Gradeconversion AS g ON g.lettergrade = e.Grade
WHERE 1 = 1
{% if last_name %}AND lower(s.LName) = lower(:last_name)
{% endif %}{% if city_code %}AND lower(s.city_code) = lower(:city_code)
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND s.Major = :major
{% endif %}{% if course %}AND lower(c.CName) = lower(:course)
{% endif %}{% if dept_no is not none and dept_no is not false %}AND c.DNO = :dept_no
{% endif %}
