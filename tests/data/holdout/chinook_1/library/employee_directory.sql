/*---
title: Staff directory
description: >
  One row per employee: employee id, first and last name, job title, manager, birth date,
  hire date, address, city, state, country, postal code, phone, fax and email. Optionally
  one city or one job title. By employee id (default), last name, or hire date.
examples:
  - staff phone list
  - who works in Lethbridge
  - when was each IT staff member hired
  - who reports to whom
keywords: [employee, employees, staff, team, colleague, colleagues, worker, workers, people,
           name, names, first name, last name, full name, title, job, role, manager,
           reports to, boss, birth, birthday, birth date, born, hire, hired, hire date,
           address, city, lives, live, living, based, phone, phone number, fax, email,
           contact, directory, list]
params:
  city: {type: string, optional: true, label: city}
  title: {type: string, optional: true, label: job title}
  sort:
    type: choice
    choices: [employee_id, last_name, hire_date]
    default: employee_id
    synonyms: {by id: employee_id, by name: last_name, alphabetical: last_name,
               by hire date: hire_date, seniority: hire_date, longest serving: hire_date}
owner: "@music-store-data"
---*/
SELECT
    e.EmployeeId AS employee_id,
    e.FirstName AS first_name,
    e.LastName AS last_name,
    e.Title AS title,
    m.FirstName || ' ' || m.LastName AS manager,
    e.BirthDate AS birth_date,
    e.HireDate AS hire_date,
    e.Address AS address,
    e.City AS city,
    e.State AS state,
    e.Country AS country,
    e.PostalCode AS postal_code,
    e.Phone AS phone,
    e.Fax AS fax,
    e.Email AS email
FROM Employee AS e
LEFT JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
WHERE 1 = 1
{% if city %}AND e.City = :city
{% endif %}{% if title %}AND e.Title = :title
{% endif %}ORDER BY
{% if sort == 'last_name' %}e.LastName, e.FirstName
{% elif sort == 'hire_date' %}e.HireDate, e.EmployeeId
{% else %}e.EmployeeId
{% endif %}
