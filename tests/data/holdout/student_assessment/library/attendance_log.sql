/*---
title: Course attendance
description: >
  One row per student attending a course: student id and the name on the student record,
  course id and name, the date of attendance and the date the student registered for that
  course. Optionally one course by name or id, or one student. Earliest attendance first
  (default), or most recent first.
examples:
  - who attended the French course
  - attendance log
  - which students actually showed up to classes
  - most recent attendance
keywords: [attendance, attended, attend, attends, attending, showed up, present, turned up,
           date of attendance, attendance date, who attended]
params:
  course: {type: string, optional: true, label: course name}
  course_id: {type: int, optional: true, label: course id}
  student_id: {type: int, optional: true, label: student id}
  sort:
    type: choice
    choices: [date, newest]
    default: date
    synonyms: {oldest: date, earliest: date, attendance date: date, chronological: date,
               most recent: newest, most recently: newest, latest: newest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@registrar-data"
---*/
SELECT a.student_id, s.student_details, a.course_id, c.course_name, a.date_of_attendance,
       r.registration_date
FROM Student_Course_Attendance AS a
JOIN Courses AS c ON c.course_id = a.course_id
LEFT JOIN Students AS s ON s.student_id = a.student_id
LEFT JOIN Student_Course_Registrations AS r
       ON r.student_id = a.student_id AND r.course_id = a.course_id
WHERE 1 = 1
{% if course %}AND c.course_name = :course
{% endif %}{% if course_id is not none and course_id is not false %}AND a.course_id = :course_id
{% endif %}{% if student_id is not none and student_id is not false %}AND a.student_id = :student_id
{% endif %}ORDER BY
{% if sort == 'newest' %}a.date_of_attendance DESC
{% else %}a.date_of_attendance
{% endif %}{% if n %}LIMIT :n
{% endif %}
