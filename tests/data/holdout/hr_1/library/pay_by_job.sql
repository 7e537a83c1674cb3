/*---
title: Pay by job
description: >
  What the holders of each job actually earn: per job id and title, the number of employees
  in it, their average, lowest, highest and total salary. Optionally only the employees of one
  department, and only jobs whose average salary is above an amount; sorted by job title
  (default) or highest average salary.
examples:
  - salary stats per role
  - mean salary per position
  - jobs averaging more than 5000
  - pay by job title in Purchasing
  - best paid jobs
keywords: [job, jobs, job id, job title, title, role, roles, position, positions, per job,
           each job, by job, average, mean, avg, salary, salaries, pay, paid, earn, earnings,
           lowest, highest, total, holders, people in the job, employees]
params:
  department: {type: string, optional: true, label: department name}
  avg_salary_above: {type: int, optional: true, min: 0, label: average salary above this (not equal)}
  sort:
    type: choice
    choices: [title, highest_avg_salary]
    default: title
    synonyms: {alphabetical: title, job title: title, best paid: highest_avg_salary,
               highest average: highest_avg_salary, highest paid: highest_avg_salary}
owner: "@people-analytics"
---*/
SELECT
    e.JOB_ID,
    j.JOB_TITLE,
    COUNT(*) AS employees,
    ROUND(AVG(e.SALARY), 2) AS avg_salary,
    MIN(e.SALARY) AS lowest_salary,
    MAX(e.SALARY) AS highest_salary,
    SUM(e.SALARY) AS total_salary
FROM employees AS e
JOIN jobs AS j ON j.JOB_ID = e.JOB_ID
LEFT JOIN departments AS d ON d.DEPARTMENT_ID = e.DEPARTMENT_ID
WHERE 1 = 1
{% if department %}AND d.DEPARTMENT_NAME = :department
{% endif %}GROUP BY e.JOB_ID, j.JOB_TITLE
HAVING 1 = 1
{% if avg_salary_above is not none and avg_salary_above is not false %}AND AVG(e.SALARY) > :avg_salary_above
{% endif %}ORDER BY
{% if sort == 'highest_avg_salary' %}avg_salary DESC, j.JOB_TITLE
{% else %}j.JOB_TITLE
{% endif %}
