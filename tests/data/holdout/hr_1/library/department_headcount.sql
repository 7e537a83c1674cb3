/*---
title: Headcount and pay by department
description: >
  One row per department (departments with nobody in them included, at 0): number of
  employees, total, average, lowest and highest salary, the best-paid employee's name and how
  many of the employees earn a commission. Optionally counting only employees with (or
  without) a commission, and only departments with at least / at most so many of them; sorted
  by most employees (default), department name, highest average salary or highest payroll.
examples:
  - headcount per department
  - payroll by department
  - pay range in each department
  - best-paid person per department
  - departments with at least 5 people
  - sales commission earners by department
  - which department has the highest average salary
keywords: [department, departments, dept, per department, each department, by department,
           headcount, how many, number of employees, employees, staff, size, salary, salaries,
           pay, payroll, total salary, wage bill, average, mean, lowest, minimum, smallest,
           highest, maximum, top earner, best paid, commission, commissioned]
params:
  commission:
    type: choice
    choices: [with, without]
    optional: true
    synonyms: {commissioned: with, on commission: with, earns commission: with,
               gets commission: with, has commission: with, no commission: without,
               without commission: without, non-commissioned: without}
  min_employees: {type: int, optional: true, min: 0, label: at least this many employees}
  max_employees: {type: int, optional: true, min: 0, label: at most this many employees}
  sort:
    type: choice
    choices: [most_employees, name, highest_avg_salary, highest_payroll]
    default: most_employees
    synonyms: {biggest: most_employees, largest: most_employees, alphabetical: name,
               department name: name, best paid: highest_avg_salary,
               highest average salary: highest_avg_salary, highest average: highest_avg_salary,
               most expensive: highest_payroll, highest total: highest_payroll,
               biggest payroll: highest_payroll}
owner: "@people-analytics"
---*/
WITH counted AS (
    SELECT *
    FROM employees
    WHERE 1 = 1
    {% if commission == 'with' %}AND COALESCE(COMMISSION_PCT, 0) > 0
    {% elif commission == 'without' %}AND COALESCE(COMMISSION_PCT, 0) = 0
    {% endif %}
)
SELECT
    d.DEPARTMENT_ID,
    d.DEPARTMENT_NAME,
    COUNT(e.EMPLOYEE_ID) AS employees,
    SUM(e.SALARY) AS total_salary,
    ROUND(AVG(e.SALARY), 2) AS avg_salary,
    MIN(e.SALARY) AS lowest_salary,
    MAX(e.SALARY) AS highest_salary,
    ARG_MAX(e.FIRST_NAME || ' ' || e.LAST_NAME, e.SALARY) AS top_earner,
    COUNT(e.EMPLOYEE_ID) FILTER (WHERE COALESCE(e.COMMISSION_PCT, 0) > 0) AS with_commission
FROM departments AS d
LEFT JOIN counted AS e ON e.DEPARTMENT_ID = d.DEPARTMENT_ID
GROUP BY d.DEPARTMENT_ID, d.DEPARTMENT_NAME
HAVING 1 = 1
{% if min_employees is not none and min_employees is not false %}AND COUNT(e.EMPLOYEE_ID) >= :min_employees
{% endif %}{% if max_employees is not none and max_employees is not false %}AND COUNT(e.EMPLOYEE_ID) <= :max_employees
{% endif %}ORDER BY
{% if sort == 'name' %}d.DEPARTMENT_NAME
{% elif sort == 'highest_avg_salary' %}avg_salary DESC NULLS LAST, d.DEPARTMENT_NAME
{% elif sort == 'highest_payroll' %}total_salary DESC NULLS LAST, d.DEPARTMENT_NAME
{% else %}employees DESC, d.DEPARTMENT_NAME
{% endif %}
