/*---
title: Enrollments and grades
description: >
  One row per enrollment: student id, first and last name, course id and name, letter
  grade and its grade point. Optionally one student (id or last name), one course (id or
  name), one letter grade, a minimum grade point, or students from one city code. By
  student (default), course, or best grade first.
examples:
  - grades of student 1021
  - who got an A+ in anything
  - roster and grades for COMPUTER VISION
  - enrollments with a grade point of 3.5 or better
keywords: [enrollment, enrollments, enrolled, enrolment, grade, grades, letter grade, grade
           point, gradepoint, points, transcript, transcripts, student, students, course,
           courses, class, roster, who got, scored, took, taking, names, full names]
params:
  student_id: {type: int, optional: true, min: 1000, max: 9999, label: student id}
  last_name: {type: string, optional: true, label: student's last name}
  course_id: {type: string, optional: true, label: "course id (600.315)"}
  course: {type: string, optional: true, label: course name}
  grade: {type: string, optional: true, label: "letter grade (A, B+, ...)"}
  min_gradepoint: {type: number, optional: true, min: 0, max: 4, label: grade point at least}
  city_code: {type: string, optional: true, label: student's home city code}
  sort:
    type: choice
    choices: [student, course, best_grade]
    default: student
    synonyms: {by student: student, by course: course, best: best_grade,
               highest grade: best_grade, best grades: best_grade}
owner: "@registrar-data"
---*/
SELECT
    e.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    e.CID AS course_id,
    c.CName AS course_name,
    e.Grade AS grade,
    g.gradepoint
FROM Enrolled_in AS e
JOIN Student AS s ON s.StuID = e.StuID
JOIN Course AS c ON c.CID = e.CID
JOIN Gradeconversion AS g ON g.lettergrade = e.Grade
WHERE 1 = 1
{% if student_id is not none and student_id is not false %}AND e.StuID = :student_id
{% endif %}{% if last_name %}AND lower(s.LName) = lower(:last_name)
{% endif %}{% if course_id %}AND e.CID = :course_id
{% endif %}{% if course %}AND lower(c.CName) = lower(:course)
{% endif %}{% if grade %}AND lower(e.Grade) = lower(:grade)
{% endif %}{% if min_gradepoint is not none and min_gradepoint is not false %}AND g.gradepoint >= :min_gradepoint
{% endif %}{% if city_code %}AND lower(s.city_code) = lower(:city_code)
{% endif %}ORDER BY
{% if sort == 'course' %}e.CID, s.LName, s.Fname
{% elif sort == 'best_grade' %}g.gradepoint DESC, e.StuID, e.CID
{% else %}e.StuID, e.CID
{% endif %}
