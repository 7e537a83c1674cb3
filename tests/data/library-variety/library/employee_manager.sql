/*---
title: Manager of an employee
description: Who an employee reports to (a self-join).
examples:
  - who is the manager of Tomasz Nowak
  - who does lucía fernández report to
params:
  employee: {type: string}
---*/
SELECT e.full_name AS employee, m.full_name AS manager, m.department
FROM employees AS e
LEFT JOIN employees AS m ON m.emp_id = e.manager_id
WHERE e.full_name = :employee
