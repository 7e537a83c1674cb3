/*---
title: Class roster
description: >
  One row per enrolment of a student in a course section: student id, name and major,
  course id, title and offering department, section, semester, year and grade. Optionally
  one course title, one offering department, one student major, one semester, a range of
  years (inclusive), one grade, or one student's name. By term (default, latest first),
  student name, or course title.
examples:
  - who was enrolled in Robotics
  - students taking Accounting courses in Fall 2005
  - enrolments of Physics majors since 2008
  - everyone who got an A+ in Spring 2009
  - what did student Sanchez take
keywords: [roster, enrolment, enrolments, enrollment, enrolled, enroll, registered, took,
           take, taken, taking, attended, class, classes, course, courses, students, student,
           who, names, grade, grades, semester, term, fall, spring, year, major, department]
params:
  course_title: {type: string, optional: true, label: course title}
  course_department:
    type: choice
    optional: true
    choices: [Accounting, Astronomy, Athletics, Biology, Civil Eng., Comp. Sci., Cybernetics,
              Elec. Eng., English, Finance, Geology, History, Languages, Marketing, Math,
              Mech. Eng., Physics, Pol. Sci., Psychology, Statistics]
    synonyms: {computer science: Comp. Sci., cs: Comp. Sci., comp sci: Comp. Sci.,
               civil engineering: Civil Eng., electrical engineering: Elec. Eng., ee: Elec. Eng.,
               mechanical engineering: Mech. Eng., political science: Pol. Sci.,
               poli sci: Pol. Sci., polisci: Pol. Sci., mathematics: Math, maths: Math,
               stats: Statistics, psych: Psychology, bio: Biology}
  student_department:
    type: choice
    optional: true
    choices: [Accounting, Astronomy, Athletics, Biology, Civil Eng., Comp. Sci., Cybernetics,
              Elec. Eng., English, Finance, Geology, History, Languages, Marketing, Math,
              Mech. Eng., Physics, Pol. Sci., Psychology, Statistics]
    synonyms: {computer science: Comp. Sci., cs: Comp. Sci., comp sci: Comp. Sci.,
               civil engineering: Civil Eng., electrical engineering: Elec. Eng., ee: Elec. Eng.,
               mechanical engineering: Mech. Eng., political science: Pol. Sci.,
               poli sci: Pol. Sci., polisci: Pol. Sci., mathematics: Math, maths: Math,
               stats: Statistics, psych: Psychology, bio: Biology}
  semester:
    type: choice
    optional: true
    choices: [Fall, Spring]
    synonyms: {fall: Fall, autumn: Fall, spring: Spring}
  from_year: {type: int, optional: true, min: 1990, max: 2030, label: year from}
  to_year: {type: int, optional: true, min: 1990, max: 2030, label: year to}
  grade:
    type: choice
    optional: true
    choices: [A+, A, A-, B+, B, B-, C+, C, C-]
  student_name: {type: string, optional: true, label: student name}
  sort:
    type: choice
    choices: [term, student, course]
    default: term
    synonyms: {by term: term, latest: term, by student: student, by name: student,
               alphabetical: student, by course: course, by title: course}
owner: "@registrar-data"
---*/
SELECT
    s.ID AS student_id,
    s.name AS student_name,
    s.dept_name AS student_major,
    k.course_id,
    c.title,
    c.dept_name AS course_department,
    k.sec_id,
    k.semester,
    k.year,
    k.grade
FROM takes AS k
JOIN student AS s ON s.ID = k.ID
JOIN course AS c ON c.course_id = k.course_id
WHERE 1 = 1
{% if course_title %}AND c.title = :course_title
{% endif %}{% if course_department %}AND c.dept_name = :course_department
{% endif %}{% if student_department %}AND s.dept_name = :student_department
{% endif %}{% if semester %}AND k.semester = :semester
{% endif %}{% if from_year is not none and from_year is not false %}AND k.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND k.year <= :to_year
{% endif %}{% if grade %}AND k.grade = :grade
{% endif %}{% if student_name %}AND s.name = :student_name
{% endif %}ORDER BY
{% if sort == 'student' %}s.name, s.ID, k.year, k.semester DESC, c.title
{% elif sort == 'course' %}c.title, k.course_id, k.year, k.semester DESC, s.name
{% else %}k.year DESC, k.semester, c.title, k.course_id, s.name, s.ID
{% endif %}
