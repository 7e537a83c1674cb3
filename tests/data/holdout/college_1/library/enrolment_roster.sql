/*---
title: Enrolment roster and grades
description: >
  One row per student enrolled in a class: class code, course code and description, section,
  student number, first and last name, and the grade they received (A to F). Optionally one
  course by code, one class by class code, one grade, or one student by last name. By class
  (default) or by student.
examples:
  - who is enrolled in CIS-220
  - class list for 10018
  - which students got an A
  - Bowser's grades
  - grades for QM-261
keywords: [enrolled, enrolment, enrolments, enrollment, enrollments, enroll, roster, class
           list, students, student, who, took, taking, takes, grade, grades, got, received,
           first name, last name, names, course, class, section, how many, number]
params:
  course: {type: string, optional: true, label: course code}
  class_code: {type: string, optional: true, label: class code}
  grade:
    type: choice
    optional: true
    choices: [A, B, C, D, F]
    synonyms: {"an a": A, "grade a": A, "grade b": B, "grade c": C, "grade d": D, "an f": F,
               "grade f": F, failed: F, failing: F}
  student_last_name: {type: string, optional: true, label: student's last name}
  sort:
    type: choice
    choices: [class, student]
    default: class
    synonyms: {by class: class, by student: student, by name: student}
owner: "@registrar-analytics"
---*/
SELECT
    e.CLASS_CODE AS class_code,
    cl.CRS_CODE AS course_code,
    c.CRS_DESCRIPTION AS description,
    cl.CLASS_SECTION AS section,
    e.STU_NUM AS student_number,
    s.STU_FNAME AS first_name,
    s.STU_LNAME AS last_name,
    e.ENROLL_GRADE AS grade
FROM ENROLL AS e
JOIN CLASS AS cl ON cl.CLASS_CODE = e.CLASS_CODE
LEFT JOIN COURSE AS c ON c.CRS_CODE = cl.CRS_CODE
LEFT JOIN STUDENT AS s ON s.STU_NUM = e.STU_NUM
WHERE 1 = 1
{% if course %}AND cl.CRS_CODE = :course
{% endif %}{% if class_code %}AND e.CLASS_CODE = :class_code
{% endif %}{% if grade %}AND e.ENROLL_GRADE = :grade
{% endif %}{% if student_last_name %}AND s.STU_LNAME = :student_last_name
{% endif %}ORDER BY
{% if sort == 'student' %}s.STU_LNAME, s.STU_FNAME, e.CLASS_CODE
{% else %}e.CLASS_CODE, s.STU_LNAME, s.STU_FNAME
{% endif %}
