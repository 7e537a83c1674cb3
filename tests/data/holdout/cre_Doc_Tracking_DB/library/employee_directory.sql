/*---
title: Employee directory
description: >
  One row per employee of the records office: employee id, name, role code, role name and
  the role's description, gender code, date of birth. Optionally one employee by name, one
  role, or born within a range of years (inclusive). By name (default), oldest first,
  youngest first, or by id.
examples:
  - staff list with roles
  - who are the photographers
  - what's Hugh's employee id
  - employees born before 1980
keywords: [employee, employees, staff, people, person, team, colleague, employee id, id,
           employee name, name, role, role code, date of birth, birthday, born, birth date,
           gender, directory, who works]
params:
  employee: {type: string, optional: true, label: employee name}
  role:
    type: choice
    choices: [MG, ED, PT, PR, HR]
    optional: true
    synonyms: {manager: MG, managers: MG, editor: ED, editors: ED, photo: PT,
               photographer: PT, photographers: PT, proof reader: PR, proofreader: PR,
               proof readers: PR, human resource: HR, human resources: HR}
  born_from_year: {type: int, optional: true, min: 1900, max: 2100, label: born from year}
  born_to_year: {type: int, optional: true, min: 1900, max: 2100, label: born up to year}
  sort:
    type: choice
    choices: [name, oldest, youngest, id]
    default: name
    synonyms: {alphabetical: name, by name: name, eldest: oldest, by age: oldest,
               youngest first: youngest, by id: id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@records-data"
---*/
SELECT e.Employee_ID AS employee_id, e.Employee_Name AS employee_name,
       e.Role_Code AS role_code, r.Role_Name AS role_name,
       r.Role_Description AS role_description, e.Gender_MFU AS gender_mfu,
       e.Date_of_Birth AS date_of_birth
FROM Employees AS e
JOIN Roles AS r ON r.Role_Code = e.Role_Code
WHERE 1 = 1
{% if employee %}AND e.Employee_Name = :employee
{% endif %}{% if role %}AND e.Role_Code = :role
{% endif %}{% if born_from_year is not none and born_from_year is not false %}AND year(e.Date_of_Birth) >= :born_from_year
{% endif %}{% if born_to_year is not none and born_to_year is not false %}AND year(e.Date_of_Birth) <= :born_to_year
{% endif %}ORDER BY
{% if sort == 'oldest' %}e.Date_of_Birth
{% elif sort == 'youngest' %}e.Date_of_Birth DESC
{% elif sort == 'id' %}e.Employee_ID
{% else %}e.Employee_Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
