/*---
title: Enrolments per course
description: >
  Every course with its description and subject, the number of enrolments (zero included), of
  distinct students and of tests taken. Most enrolments first by default, or by name.
  Optionally only courses within an enrolment range.
examples:
  - course popularity
  - courses with 2 or more sign-ups
  - courses nobody much takes
  - enrolment numbers by course a to z
keywords: [course, courses, per course, each course, enrolments, enrollments, enrolled, sign-ups,
           registrations, students, popularity, popular, demand, attendance, uptake, most, fewest]
params:
  min_enrolments: {type: int, optional: true, min: 0, label: at least this many enrolments}
  max_enrolments: {type: int, optional: true, min: 0, label: at most this many enrolments}
  sort:
    type: choice
    choices: [most_enrolments, name]
    default: most_enrolments
    synonyms: {popular: most_enrolments, most popular: most_enrolments, alphabetical: name,
               a to z: name, by name: name}
owner: "@learning-analytics"
---*/
WITH counts AS (
    SELECT
        e.course_id,
        COUNT(*) AS enrolments,
        COUNT(DISTINCT e.student_id) AS students,
        SUM((SELECT COUNT(*) FROM Student_Tests_Taken AS t
             WHERE t.registration_id = e.registration_id)) AS tests_taken
    FROM Student_Course_Enrolment AS e
    GROUP BY e.course_id
)
SELECT
    c.course_id,
    c.course_name,
    c.course_description,
    s.subject_name,
    COALESCE(counts.enrolments, 0) AS enrolments,
    COALESCE(counts.students, 0) AS students,
    COALESCE(counts.tests_taken, 0) AS tests_taken
FROM Courses AS c
JOIN Subjects AS s ON s.subject_id = c.subject_id
LEFT JOIN counts ON counts.course_id = c.course_id
WHERE 1 = 1
{% if min_enrolments is not none and min_enrolments is not false %}AND COALESCE(counts.enrolments, 0) >= :min_enrolments
{% endif %}{% if max_enrolments is not none and max_enrolments is not false %}AND COALESCE(counts.enrolments, 0) <= :max_enrolments
{% endif %}ORDER BY
{% if sort == 'name' %}c.course_name
{% else %}enrolments DESC, c.course_name
{% endif %}
