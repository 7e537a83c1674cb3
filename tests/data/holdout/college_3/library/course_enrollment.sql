/*---
title: Enrollment per course
description: >
  One row per course with at least one enrollment: course id, name, credits, department,
  instructor's last name, enrollments and average grade point. Optionally a minimum number
  of enrollments (inclusive), one department (by number or name). Most enrollments first
  (default) or by course id.
examples:
  - most popular courses by enrollment
  - classes with 10 or more students
  - enrollment counts for the ECE department
keywords: [enrollment, enrollments, enrolled, enrolment, class size, size, students,
           popular, biggest, largest, course, courses, class, classes, how many, at least,
           average grade, per course, by course, department]
params:
  min_enrollments: {type: int, optional: true, min: 1, max: 500, label: enrollments at least}
  dept_no: {type: int, optional: true, min: 1, max: 999, label: department number}
  department: {type: string, optional: true, label: department name}
  sort:
    type: choice
    choices: [most_enrollments, course_id]
    default: most_enrollments
    synonyms: {most: most_enrollments, popular: most_enrollments,
               biggest: most_enrollments, by id: course_id, course number: course_id}
owner: "@registrar-data"
---*/
SELECT
    c.CID AS course_id,
    c.CName AS course_name,
    c.Credits AS credits,
    d.DName AS department,
    f.Lname AS instructor,
    COUNT(*) AS enrollments,
    ROUND(AVG(g.gradepoint), 2) AS average_gradepoint
FROM Enrolled_in AS e
JOIN Course AS c ON c.CID = e.CID
LEFT JOIN Department AS d ON d.DNO = c.DNO
LEFT JOIN Faculty AS f ON f.FacID = c.Instructor
LEFT JOIN Gradeconversion AS g ON g.lettergrade = e.Grade
WHERE 1 = 1
{% if dept_no is not none and dept_no is not false %}AND c.DNO = :dept_no
{% endif %}{% if department %}AND lower(d.DName) = lower(:department)
{% endif %}GROUP BY c.CID, c.CName, c.Credits, d.DName, f.Lname
{% if min_enrollments is not none and min_enrollments is not false %}HAVING COUNT(*) >= :min_enrollments
{% endif %}ORDER BY
{% if sort == 'course_id' %}c.CID
{% else %}enrollments DESC, c.CID
{% endif %}
