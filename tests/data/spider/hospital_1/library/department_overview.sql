/*---
title: Departments and their heads
description: >
  Every hospital department with the physician who heads it (employee id, name, position)
  and how many physicians are affiliated with it, in total and as their primary department.
  Largest department first.
examples:
  - which department is the biggest?
  - who runs each department
  - department heads and headcount
  - how many doctors work in general medicine
  - smallest department and its chief
  - list departments by number of physicians
keywords: [department, departments, head, heads, chief, headcount, staff, size, biggest,
           smallest, employees, physicians per department]
params: {}
owner: "@clinical-analytics"
---*/
SELECT
    d.DepartmentID AS department_id,
    d.Name AS department,
    d.Head AS head_employee_id,
    h.Name AS head_name,
    h.Position AS head_position,
    COUNT(a.Physician) AS physicians,
    COUNT(a.Physician) FILTER (WHERE a.PrimaryAffiliation) AS primary_physicians
FROM Department AS d
JOIN Physician AS h ON h.EmployeeID = d.Head
LEFT JOIN Affiliated_With AS a ON a.Department = d.DepartmentID
GROUP BY d.DepartmentID, d.Name, d.Head, h.Name, h.Position
ORDER BY physicians DESC, department
