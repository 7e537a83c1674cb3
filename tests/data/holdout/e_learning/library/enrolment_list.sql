/*---
title: Enrolments
description: >
  Every course enrolment (registration): the student, the course and its subject, the date of
  enrolment and of completion, and how many tests were taken on it. Optionally one student (by
  personal and/or family name), one course or one subject.
examples:
  - who signed up for which course and when
  - enrolments in the French course
  - when did Clotilde enrol and finish
  - art enrolments with completion dates
keywords: [enrolment, enrolments, enrollment, enrollments, enrol, enroll, enrolled, registration,
           registrations, signed up, sign-ups, start date, completion, completed, finished,
           completion date, student, course, dates]
params:
  personal_name: {type: string, optional: true, label: student's personal name}
  family_name: {type: string, optional: true, label: student's family name}
  course: {type: string, optional: true, label: course name}
  subject:
    type: choice
    choices: [Computer Science, Arts, Language]
    optional: true
    synonyms: {cs: Computer Science, comp sci: Computer Science, computing: Computer Science,
               computer science: Computer Science, art: Arts, arts: Arts,
               languages: Language, language: Language, foreign languages: Language}
owner: "@learning-analytics"
---*/
SELECT
    e.registration_id,
    e.student_id,
    st.personal_name,
    st.family_name,
    c.course_name,
    su.subject_name,
    e.date_of_enrolment,
    e.date_of_completion,
    (SELECT COUNT(*) FROM Student_Tests_Taken AS t WHERE t.registration_id = e.registration_id)
        AS tests_taken
FROM Student_Course_Enrolment AS e
JOIN Students AS st ON st.student_id = e.student_id
JOIN Courses AS c ON c.course_id = e.course_id
JOIN Subjects AS su ON su.subject_id = c.subject_id
WHERE 1 = 1
{% if personal_name %}AND st.personal_name = :personal_name
{% endif %}{% if family_name %}AND st.family_name = :family_name
{% endif %}{% if course %}AND c.course_name = :course
{% endif %}{% if subject %}AND su.subject_name = :subject
{% endif %}ORDER BY e.date_of_enrolment
