/*---
title: Subjects
description: >
  Every subject with its id, the number of courses it offers, the number of enrolments in them
  and of tutors teaching them; most courses first, fewest first, or by name.
examples:
  - course count by subject area
  - which subject area is the smallest
  - our subject areas a to z
keywords: [subject, subjects, subject area, areas, department, departments, discipline, topic,
           topics, per subject, each subject, courses, number of courses, available, offered,
           enrolments, tutors]
params:
  sort:
    type: choice
    choices: [most_courses, fewest_courses, name]
    default: most_courses
    synonyms: {largest: most_courses, biggest: most_courses, smallest: fewest_courses,
               ascending: fewest_courses, least courses: fewest_courses, alphabetical: name,
               a to z: name}
owner: "@learning-analytics"
---*/
SELECT
    s.subject_id,
    s.subject_name,
    COUNT(DISTINCT c.course_id) AS courses,
    COUNT(e.registration_id) AS enrolments,
    COUNT(DISTINCT c.author_id) AS tutors
FROM Subjects AS s
LEFT JOIN Courses AS c ON c.subject_id = s.subject_id
LEFT JOIN Student_Course_Enrolment AS e ON e.course_id = c.course_id
GROUP BY s.subject_id, s.subject_name
ORDER BY
{% if sort == 'fewest_courses' %}courses, s.subject_name
{% elif sort == 'name' %}s.subject_name
{% else %}courses DESC, s.subject_name
{% endif %}
