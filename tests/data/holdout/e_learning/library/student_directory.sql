/*---
title: Students
description: >
  Every registered student: id, login name, personal, middle and family name, registration
  date, latest logon and the number of course enrolments (zero included). Optionally one student
  by family or personal name, or an enrolment range; sorted by family name, by latest logon or
  by most enrolments.
examples:
  - list of registered learners
  - find the student with surname Hartmann
  - learners with 3 or more enrolments
  - students with no more than one course
  - who logged in most recently
keywords: [student, students, learner, learners, user, users, member, members, directory,
           registered, registration, login, login name, username, logon, last login, personal
           name, first name, middle name, family name, surname, enrolments, enrollments,
           enrolled, courses taken]
params:
  family_name: {type: string, optional: true, label: student's family name}
  personal_name: {type: string, optional: true, label: student's personal name}
  min_enrolments: {type: int, optional: true, min: 0, label: at least this many enrolments}
  max_enrolments: {type: int, optional: true, min: 0, label: at most this many enrolments}
  sort:
    type: choice
    choices: [family_name, latest_logon, most_enrolments]
    default: family_name
    synonyms: {surname: family_name, last name: family_name, alphabetical: family_name,
               recent: latest_logon, last login: latest_logon, most recent login: latest_logon,
               most active: most_enrolments, most courses: most_enrolments}
owner: "@learning-analytics"
---*/
WITH counts AS (
    SELECT student_id, COUNT(*) AS enrolments
    FROM Student_Course_Enrolment
    GROUP BY student_id
)
SELECT
    s.student_id,
    s.login_name,
    s.personal_name,
    s.middle_name,
    s.family_name,
    s.date_of_registration,
    s.date_of_latest_logon,
    COALESCE(counts.enrolments, 0) AS enrolments
FROM Students AS s
LEFT JOIN counts ON counts.student_id = s.student_id
WHERE 1 = 1
{% if family_name %}AND s.family_name = :family_name
{% endif %}{% if personal_name %}AND s.personal_name = :personal_name
{% endif %}{% if min_enrolments is not none and min_enrolments is not false %}AND COALESCE(counts.enrolments, 0) >= :min_enrolments
{% endif %}{% if max_enrolments is not none and max_enrolments is not false %}AND COALESCE(counts.enrolments, 0) <= :max_enrolments
{% endif %}ORDER BY
{% if sort == 'latest_logon' %}s.date_of_latest_logon DESC
{% elif sort == 'most_enrolments' %}enrolments DESC, s.family_name
{% else %}s.family_name, s.personal_name
{% endif %}
