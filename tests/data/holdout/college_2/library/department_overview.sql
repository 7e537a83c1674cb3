/*---
title: Department overview
description: >
  One row per department: its building, budget, number of courses in the catalogue and
  their total credits, number of instructors and their average salary, and number of
  students majoring in it. Optionally one department or the departments housed in one
  building. By name (default), biggest budget, most courses, most course credits, most
  students, most instructors, or highest average salary first.
examples:
  - department budgets and headcounts
  - which department has the biggest budget
  - how many majors does each department have
  - departments ranked by number of courses offered
  - what's the average instructor pay in each department
  - departments located in Taylor
keywords: [department, departments, dept, depts, budget, budgets, building, housed, located,
           courses, catalogue, credits, total credits, instructors, faculty, staff, salary,
           salaries, pay, average salary, students, majors, enrollment, enrolment, headcount,
           size, largest, most, highest, biggest, per department, each department, overview]
params:
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
  building: {type: string, optional: true, label: the department's building}
  sort:
    type: choice
    choices: [name, budget, courses, credits, students, instructors, avg_salary]
    default: name
    synonyms: {by name: name, alphabetical: name, biggest budget: budget,
               highest budget: budget, largest budget: budget, by budget: budget,
               most courses: courses, most credits: credits, highest credits: credits,
               most students: students, highest enrollment: students, most majors: students,
               biggest: students, most instructors: instructors, most faculty: instructors,
               highest salary: avg_salary, highest average salary: avg_salary,
               best paid: avg_salary, best paying: avg_salary}
owner: "@registrar-data"
---*/
SELECT
    d.dept_name AS department,
    d.building,
    d.budget,
    (SELECT COUNT(*) FROM course AS c WHERE c.dept_name = d.dept_name) AS courses,
    (SELECT COALESCE(SUM(c.credits), 0) FROM course AS c WHERE c.dept_name = d.dept_name)
        AS course_credits,
    (SELECT COUNT(*) FROM instructor AS i WHERE i.dept_name = d.dept_name) AS instructors,
    (SELECT ROUND(AVG(i.salary), 2) FROM instructor AS i WHERE i.dept_name = d.dept_name)
        AS avg_salary,
    (SELECT COUNT(*) FROM student AS s WHERE s.dept_name = d.dept_name) AS students
FROM department AS d
WHERE 1 = 1
{% if department %}AND d.dept_name = :department
{% endif %}{% if building %}AND d.building = :building
{% endif %}ORDER BY
{% if sort == 'budget' %}d.budget DESC, department
{% elif sort == 'courses' %}courses DESC, department
{% elif sort == 'credits' %}course_credits DESC, department
{% elif sort == 'students' %}students DESC, department
{% elif sort == 'instructors' %}instructors DESC, department
{% elif sort == 'avg_salary' %}avg_salary DESC NULLS LAST, department
{% else %}department
{% endif %}
