/*---
title: Reporting lines (team sizes)
description: >
  Span of control: one row per manager and department of the people reporting to them, with
  the manager's id and name, the department's id and name, the number of direct reports in it
  and their total salary. Optionally one manager by first or last name, and only teams of at
  least so many direct reports; largest teams first.
examples:
  - span of control per manager
  - how many direct reports does Adam Fripp have
  - managers with at least 6 reports
  - team sizes by department and manager
keywords: [manager, managers, manages, managing, managed, manager id, boss, team, teams,
           team size, direct reports, reports, reporting, report to, span of control, people
           under, supervises, department, departments, department id]
params:
  manager_first_name: {type: string, optional: true, label: manager's first name}
  manager_last_name: {type: string, optional: true, label: manager's last name}
  min_reports: {type: int, optional: true, min: 0, label: at least this many direct reports}
owner: "@people-analytics"
---*/
SELECT
    m.EMPLOYEE_ID AS manager_id,
    m.FIRST_NAME || ' ' || m.LAST_NAME AS manager_name,
    e.DEPARTMENT_ID,
    d.DEPARTMENT_NAME,
    COUNT(*) AS direct_reports,
    SUM(e.SALARY) AS team_salary
FROM employees AS e
JOIN employees AS m ON m.EMPLOYEE_ID = e.MANAGER_ID
LEFT JOIN departments AS d ON d.DEPARTMENT_ID = e.DEPARTMENT_ID
WHERE 1 = 1
{% if manager_first_name %}AND m.FIRST_NAME = :manager_first_name
{% endif %}{% if manager_last_name %}AND m.LAST_NAME = :manager_last_name
{% endif %}GROUP BY m.EMPLOYEE_ID, manager_name, e.DEPARTMENT_ID, d.DEPARTMENT_NAME
HAVING 1 = 1
{% if min_reports is not none and min_reports is not false %}AND COUNT(*) >= :min_reports
{% endif %}ORDER BY direct_reports DESC, manager_id, e.DEPARTMENT_ID
