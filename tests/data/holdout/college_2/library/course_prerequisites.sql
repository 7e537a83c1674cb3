/*---
title: Prerequisite pairs
description: >
  One row per course and one of its prerequisites: the course's id, title and department,
  and the prerequisite's id, title, department and credits. Optionally only the
  prerequisites of courses with a given title, only the courses that require a course with
  a given title, or only courses of one department. By course title (default) or
  prerequisite title.
examples:
  - what are the prereqs for Game Programming
  - which courses require Calculus first
  - prerequisite chains in the Math department
  - list all prerequisite requirements
keywords: [prerequisite, prerequisites, prereq, prereqs, requires, required, require,
           requirement, before, first, needed, needs, chain, leads to, unlocks, course,
           courses, title, department]
params:
  course_title: {type: string, optional: true, label: title of the course that has the prerequisite}
  prerequisite_title: {type: string, optional: true, label: title of the prerequisite course}
  department:
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
  sort:
    type: choice
    choices: [course, prerequisite]
    default: course
    synonyms: {by course: course, by prerequisite: prerequisite, by prereq: prerequisite}
owner: "@registrar-data"
---*/
SELECT
    c.course_id,
    c.title,
    c.dept_name AS department,
    pc.course_id AS prereq_id,
    pc.title AS prereq_title,
    pc.dept_name AS prereq_department,
    pc.credits AS prereq_credits
FROM prereq AS p
JOIN course AS c ON c.course_id = p.course_id
JOIN course AS pc ON pc.course_id = p.prereq_id
WHERE 1 = 1
{% if course_title %}AND c.title = :course_title
{% endif %}{% if prerequisite_title %}AND pc.title = :prerequisite_title
{% endif %}{% if department %}AND c.dept_name = :department
{% endif %}ORDER BY
{% if sort == 'prerequisite' %}pc.title, pc.course_id, c.title, c.course_id
{% else %}c.title, c.course_id, pc.title, pc.course_id
{% endif %}
