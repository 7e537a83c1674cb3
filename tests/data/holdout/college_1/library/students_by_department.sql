/*---
title: Students per major department
description: >
  One row per department code that students major in (including codes such as ENGL and EDU
  that have no row in the department table, whose name is then empty): department name, how
  many students, their credit hours added up, and the highest, average and lowest GPA, and
  how many transferred in. By department code (default), most students, highest average GPA
  or most hours first.
examples:
  - majors per department
  - average GPA by major
  - which department's students have the best grades
  - total credit hours completed per department
keywords: [students, student, majors, major, per department, each department, by department,
           department, departments, dept, count, how many, number, hours, credit hours,
           total, sum, gpa, average, mean, avg, highest, max, maximum, lowest, min, minimum,
           best, transfers]
params:
  sort:
    type: choice
    choices: [code, most_students, highest_gpa, most_hours]
    default: code
    synonyms: {by code: code, most students: most_students, biggest: most_students,
               highest gpa: highest_gpa, best gpa: highest_gpa,
               highest average gpa: highest_gpa, most hours: most_hours}
owner: "@registrar-analytics"
---*/
SELECT
    s.DEPT_CODE AS department_code,
    d.DEPT_NAME AS department,
    COUNT(*) AS students,
    SUM(s.STU_HRS) AS total_hours,
    MAX(s.STU_GPA) AS highest_gpa,
    ROUND(AVG(s.STU_GPA), 3) AS average_gpa,
    MIN(s.STU_GPA) AS lowest_gpa,
    SUM(s.STU_TRANSFER) AS transfers
FROM STUDENT AS s
LEFT JOIN DEPARTMENT AS d ON d.DEPT_CODE = s.DEPT_CODE
GROUP BY s.DEPT_CODE, d.DEPT_NAME
ORDER BY
{% if sort == 'most_students' %}students DESC, 1
{% elif sort == 'highest_gpa' %}average_gpa DESC, 1
{% elif sort == 'most_hours' %}total_hours DESC, 1
{% else %}1
{% endif %}
