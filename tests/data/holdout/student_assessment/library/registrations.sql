/*---
title: Course registrations
description: >
  One row per course registration: student id and the name on the student record, course
  id and name, and the registration date. Optionally one course by name or id, or one
  student. Oldest registration first (default), or most recent first.
examples:
  - who registered for French
  - list of course registrations
  - latest course sign-ups
  - registrations of student 141
keywords: [registration, registrations, registered, register, sign-up, sign-ups, signed up,
           enrolled, enrolment, registration date, who registered, latest, recent]
params:
  course: {type: string, optional: true, label: course name}
  course_id: {type: int, optional: true, label: course id}
  student_id: {type: int, optional: true, label: student id}
  sort:
    type: choice
    choices: [date, newest]
    default: date
    synonyms: {oldest: date, earliest: date, registration date: date, chronological: date,
               most recent: newest, most recently: newest, latest: newest, recent: newest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@registrar-data"
---*/
SELECT r.student_id, s.student_details, r.course_id, c.course_name, r.registration_date
FROM Student_Course_Registrations AS r
JOIN Courses AS c ON c.course_id = r.course_id
LEFT JOIN Students AS s ON s.student_id = r.student_id
WHERE 1 = 1
{% if course %}AND c.course_name = :course
{% endif %}{% if course_id is not none and course_id is not false %}AND r.course_id = :course_id
{% endif %}{% if student_id is not none and student_id is not false %}AND r.student_id = :student_id
{% endif %}ORDER BY
{% if sort == 'newest' %}r.registration_date DESC
{% else %}r.registration_date
{% endif %}{% if n %}LIMIT :n
{% endif %}
