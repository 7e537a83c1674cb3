/*---
title: Roles and headcount
description: >
  One row per staff role: role code (MG, ED, PT, PR, HR), role name (Manager, Editor,
  Photo, Proof Reader, Human Resource), the role's description, and how many employees hold
  it. Optionally one role, or roles with at least so many employees. Most employees first
  (default), fewest first, or by code.
examples:
  - headcount per role
  - what does a proof reader do
  - roles with 5 or more people
  - list role codes and names
keywords: [role, roles, role code, role name, role description, job, jobs, position,
           positions, title, headcount, employees per role, staff per role, how many staff]
params:
  role:
    type: choice
    choices: [MG, ED, PT, PR, HR]
    optional: true
    synonyms: {manager: MG, managers: MG, editor: ED, editors: ED, photo: PT,
               photographer: PT, photographers: PT, proof reader: PR, proofreader: PR,
               proof readers: PR, human resource: HR, human resources: HR}
  min_employees: {type: int, optional: true, min: 0, label: at least (employees)}
  sort:
    type: choice
    choices: [most, fewest, code]
    default: most
    synonyms: {most employees: most, largest: most, biggest: most, fewest employees: fewest,
               least: fewest, least employees: fewest, smallest: fewest, by code: code,
               alphabetical: code}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@records-data"
---*/
SELECT r.Role_Code AS role_code, r.Role_Name AS role_name,
       r.Role_Description AS role_description, COUNT(e.Employee_ID) AS employees
FROM Roles AS r
LEFT JOIN Employees AS e ON e.Role_Code = r.Role_Code
WHERE 1 = 1
{% if role %}AND r.Role_Code = :role
{% endif %}GROUP BY r.Role_Code, r.Role_Name, r.Role_Description
{% if min_employees is not none and min_employees is not false %}HAVING COUNT(e.Employee_ID) >= :min_employees
{% endif %}ORDER BY
{% if sort == 'fewest' %}employees, r.Role_Code
{% elif sort == 'code' %}r.Role_Code
{% else %}employees DESC, r.Role_Code
{% endif %}{% if n %}LIMIT :n
{% endif %}
