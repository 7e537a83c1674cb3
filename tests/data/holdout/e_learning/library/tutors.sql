/*---
title: Authors and tutors
description: >
  Every course author or tutor: id, ATB code, login name, personal, middle and family name,
  gender code, address, and the number of courses they teach with their names. Optionally one
  person by personal name, or only those teaching at least a number of courses; sorted by
  family name, by personal name or by most courses.
examples:
  - staff directory of our tutors
  - where does Retha live
  - tutors with 3 or more courses
  - which tutor has the biggest teaching load
  - tutors sorted by first name
keywords: [tutor, tutors, author, authors, teacher, teachers, instructor, instructors, staff,
           faculty, directory, address, addresses, login, login name, username, personal name,
           first name, family name, surname, gender, teaching load, courses, teach, teaches]
params:
  personal_name: {type: string, optional: true, label: tutor's personal name}
  min_courses: {type: int, optional: true, min: 1, label: teaching at least this many courses}
  sort:
    type: choice
    choices: [family_name, personal_name, most_courses]
    default: family_name
    synonyms: {surname: family_name, last name: family_name, first name: personal_name,
               personal name: personal_name, given name: personal_name,
               busiest: most_courses, teaching load: most_courses, most courses: most_courses}
owner: "@learning-analytics"
---*/
SELECT
    a.author_id,
    a.author_tutor_ATB,
    a.login_name,
    a.personal_name,
    a.middle_name,
    a.family_name,
    a.gender_mf,
    a.address_line_1,
    COUNT(c.course_id) AS courses,
    string_agg(c.course_name, ', ' ORDER BY c.course_name) AS course_names
FROM Course_Authors_and_Tutors AS a
LEFT JOIN Courses AS c ON c.author_id = a.author_id
WHERE 1 = 1
{% if personal_name %}AND a.personal_name = :personal_name
{% endif %}GROUP BY a.author_id, a.author_tutor_ATB, a.login_name, a.personal_name, a.middle_name,
    a.family_name, a.gender_mf, a.address_line_1
{% if min_courses %}HAVING COUNT(c.course_id) >= :min_courses
{% endif %}ORDER BY
{% if sort == 'personal_name' %}a.personal_name, a.family_name
{% elif sort == 'most_courses' %}courses DESC, a.family_name
{% else %}a.family_name, a.personal_name
{% endif %}
