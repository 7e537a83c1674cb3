/*---
title: Physician department affiliations
description: >
  Which department(s) each physician is affiliated with, with ids and whether the
  affiliation is the physician's primary one. Optionally for one department, or primary
  affiliations only.
examples:
  - which doctors belong to Surgery?
  - physicians and their home department
  - primary department of every doctor
  - who is affiliated with general medicine
  - affiliation list with department ids
keywords: [affiliation, affiliations, affiliated, belongs, member, department, primary,
           home department, physician, doctor, doctors]
params:
  department: {type: string, optional: true, label: department name}
  primary_only: {type: bool, default: false, label: primary affiliations only}
owner: "@clinical-analytics"
---*/
SELECT
    p.EmployeeID AS physician_id,
    p.Name AS physician,
    d.DepartmentID AS department_id,
    d.Name AS department,
    a.PrimaryAffiliation AS is_primary
FROM Affiliated_With AS a
JOIN Physician AS p ON p.EmployeeID = a.Physician
JOIN Department AS d ON d.DepartmentID = a.Department
WHERE TRUE
{% if department %}  AND d.Name = :department
{% endif %}{% if primary_only %}  AND a.PrimaryAffiliation
{% endif %}ORDER BY p.Name, d.Name
