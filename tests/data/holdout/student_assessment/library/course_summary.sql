/*---
title: Courses
description: >
  One row per course in the catalogue: course id, name, description, how many students
  registered for it, how many attended it, and the first and last registration dates.
  Optionally one course by name or id. Most registered students first (default), or fewest
  registered, most attended, or by course name (alphabetical).
examples:
  - list our courses with registrations
  - which course has the most students signed up
  - how many students attended the French course
  - course names a-z
keywords: [course, courses, class, classes, catalogue, catalog, course name, subject,
           registered, registrations, signed up, enrolled, enrolments, attended, attendance,
           students per course, popular, most popular, alphabetical]
params:
  course: {type: string, optional: true, label: course name}
  course_id: {type: int, optional: true, label: course id}
  sort:
    type: choice
    choices: [most_registered, fewest_registered, most_attended, name]
    default: most_registered
    synonyms: {most registered: most_registered, most popular: most_registered,
               most students: most_registered, least popular: fewest_registered,
               fewest students: fewest_registered, fewest registered: fewest_registered,
               most attended: most_attended, best attended: most_attended,
               alphabetical: name, by name: name, a-z: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@registrar-data"
---*/
SELECT c.course_id, c.course_name, c.course_description,
       (SELECT COUNT(*) FROM Student_Course_Registrations AS r WHERE r.course_id = c.course_id) AS registered_students,
       (SELECT COUNT(*) FROM Student_Course_Attendance AS a WHERE a.course_id = c.course_id) AS attended_students,
       (SELECT MIN(r.registration_date) FROM Student_Course_Registrations AS r WHERE r.course_id = c.course_id) AS first_registration,
       (SELECT MAX(r.registration_date) FROM Student_Course_Registrations AS r WHERE r.course_id = c.course_id) AS last_registration
FROM Courses AS c
WHERE 1 = 1
{% if course %}AND c.course_name = :course
{% endif %}{% if course_id is not none and course_id is not false %}AND c.course_id = :course_id
{% endif %}ORDER BY
{% if sort == 'fewest_registered' %}registered_students, c.course_id
{% elif sort == 'most_attended' %}attended_students DESC, c.course_id
{% elif sort == 'name' %}c.course_name
{% else %}registered_students DESC, c.course_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
