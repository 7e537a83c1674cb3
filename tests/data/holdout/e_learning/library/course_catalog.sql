/*---
title: Course catalogue
description: >
  Every course with its id, name, description, subject and its author or tutor (name, login
  name). Optionally one subject, one course by name, or the courses of one tutor (by personal
  name).
examples:
  - what courses do we offer
  - the language courses
  - details of the machine learning course
  - what does Shakira teach
  - who wrote the English course
keywords: [course, courses, catalogue, catalog, offering, offered, class, classes, module,
           modules, description, subject, author, tutor, teacher, instructor, teaches, taught,
           wrote, login, list]
params:
  subject:
    type: choice
    choices: [Computer Science, Arts, Language]
    optional: true
    synonyms: {cs: Computer Science, comp sci: Computer Science, computing: Computer Science,
               computer science: Computer Science, art: Arts, arts: Arts,
               languages: Language, language: Language, foreign languages: Language}
  course: {type: string, optional: true, label: course name}
  tutor: {type: string, optional: true, label: tutor's personal name}
owner: "@learning-analytics"
---*/
SELECT
    c.course_id,
    c.course_name,
    c.course_description,
    s.subject_name,
    a.author_id,
    a.personal_name AS tutor_personal_name,
    a.family_name AS tutor_family_name,
    a.login_name AS tutor_login_name
FROM Courses AS c
JOIN Subjects AS s ON s.subject_id = c.subject_id
JOIN Course_Authors_and_Tutors AS a ON a.author_id = c.author_id
WHERE 1 = 1
{% if subject %}AND s.subject_name = :subject
{% endif %}{% if course %}AND c.course_name = :course
{% endif %}{% if tutor %}AND a.personal_name = :tutor
{% endif %}ORDER BY c.course_id
