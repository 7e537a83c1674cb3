/*---
title: Pay by certification level
description: >
  Salary by how many aircraft types an employee is certified on: for each certificate count
  (0, 1, 2, ...), the number of employees and their lowest, average and highest salary.
examples:
  - does holding more type ratings pay more
  - salary spread by number of ratings held
  - pay ladder for multi-rated crew
keywords: [pay, salary, salaries, compensation, ladder, premium, level, levels, ratings,
           certificates, certification, multi-rated, spread, band, bands]
owner: "@people-analytics"
---*/
WITH held AS (
    SELECT e.eid, e.salary, COUNT(c.aid) AS certificates
    FROM employee AS e
    LEFT JOIN certificate AS c ON c.eid = e.eid
    GROUP BY e.eid, e.salary
)
SELECT
    certificates,
    COUNT(*) AS employees,
    MIN(salary) AS lowest_salary,
    ROUND(AVG(salary), 2) AS avg_salary,
    MAX(salary) AS highest_salary
FROM held
GROUP BY certificates
ORDER BY certificates
