/*---
title: Student course load
description: >
  One row per student: student id, the name on the student record, first and last name,
  how many courses the student registered for and how many they attended, and the dates
  of their latest registration and attendance. Optionally one student by id, or students
  with at least so many registrations. Most registered courses first (default), or fewest,
  most attended, or by student id.
examples:
  - course load per student
  - how many courses is student 131 taking
  - which student signed up for the most courses
  - students with at least 2 registrations
keywords: [student, students, student id, course load, load, how many courses, number of
           courses, registered, registrations, signed up, attended, attends, attendance,
           student details, per student, each student, busiest]
params:
  student_id: {type: int, optional: true, label: student id}
  min_registered: {type: int, optional: true, min: 0, label: registered for at least (courses)}
  sort:
    type: choice
    choices: [most_registered, fewest_registered, most_attended, id]
    default: most_registered
    synonyms: {most courses: most_registered, most registrations: most_registered,
               fewest courses: fewest_registered, least courses: fewest_registered,
               least number of courses: fewest_registered, most attended: most_attended,
               by id: id, student id: id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@registrar-data"
---*/
SELECT s.student_id, s.student_details, p.first_name, p.last_name,
       (SELECT COUNT(*) FROM Student_Course_Registrations AS r WHERE r.student_id = s.student_id) AS courses_registered,
       (SELECT COUNT(*) FROM Student_Course_Attendance AS a WHERE a.student_id = s.student_id) AS courses_attended,
       (SELECT MAX(r.registration_date) FROM Student_Course_Registrations AS r WHERE r.student_id = s.student_id) AS last_registration,
       (SELECT MAX(a.date_of_attendance) FROM Student_Course_Attendance AS a WHERE a.student_id = s.student_id) AS last_attendance
FROM Students AS s
LEFT JOIN People AS p ON p.person_id = s.student_id
WHERE 1 = 1
{% if student_id is not none and student_id is not false %}AND s.student_id = :student_id
{% endif %}{% if min_registered is not none and min_registered is not false %}AND (SELECT COUNT(*) FROM Student_Course_Registrations AS r WHERE r.student_id = s.student_id) >= :min_registered
{% endif %}ORDER BY
{% if sort == 'fewest_registered' %}courses_registered, s.student_id
{% elif sort == 'most_attended' %}courses_attended DESC, s.student_id
{% elif sort == 'id' %}s.student_id
{% else %}courses_registered DESC, s.student_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
