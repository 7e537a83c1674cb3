/*---
title: Headcount of a department
description: People employed in one department and their average salary.
examples:
  - headcount in Procurement
  - how many people work in the research lab
params:
  department: {type: string}
---*/
SELECT e.department, COUNT(*) AS people, AVG(e.salary) AS avg_salary
FROM employees e
WHERE e.department = :department
GROUP BY e.department
