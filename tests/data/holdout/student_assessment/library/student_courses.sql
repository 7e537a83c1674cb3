/*---
title: Student course status
description: >
  One row per student and course the student registered for or attended: student id,
  course id and name, registration date, attendance date and a status (attended, or
  no-show: registered but never attended). Optionally one student or one course, or the
  no-shows only. By student, then course.
examples:
  - which courses is student 151 registered for or attending
  - registration vs attendance per student
  - "no-shows: students who registered but didn't attend"
keywords: [status, no-show, no-shows, no show, registered or attended, registered and
           attended, did not attend, didn't attend, not attended, dropped, registration vs
           attendance, student courses, course status]
params:
  student_id: {type: int, optional: true, label: student id}
  course: {type: string, optional: true, label: course name}
  status:
    type: choice
    choices: [all, no_show]
    default: all
    synonyms: {no show: no_show, no-show: no_show, no-shows: no_show, no shows: no_show,
               not attended: no_show, did not attend: no_show, didn't attend: no_show,
               registered but not attended: no_show, everything: all}
owner: "@registrar-data"
---*/
WITH pairs AS (
  SELECT COALESCE(r.student_id, a.student_id) AS student_id,
         COALESCE(r.course_id, a.course_id) AS course_id,
         r.registration_date AS registered_on, a.date_of_attendance AS attended_on
  FROM Student_Course_Registrations AS r
  FULL OUTER JOIN Student_Course_Attendance AS a
    ON a.student_id = r.student_id AND a.course_id = r.course_id
)
SELECT p.student_id, s.student_details, p.course_id, c.course_name, p.registered_on,
       p.attended_on,
       CASE WHEN p.attended_on IS NULL THEN 'no-show'
            WHEN p.registered_on IS NULL THEN 'attended, not registered'
            ELSE 'attended' END AS status
FROM pairs AS p
JOIN Courses AS c ON c.course_id = p.course_id
LEFT JOIN Students AS s ON s.student_id = p.student_id
WHERE 1 = 1
{% if student_id is not none and student_id is not false %}AND p.student_id = :student_id
{% endif %}{% if course %}AND c.course_name = :course
{% endif %}{% if status == 'no_show' %}AND p.attended_on IS NULL
{% endif %}ORDER BY p.student_id, p.course_id
