/*---
title: Staff directory
description: >
  One row per staff member: staff id, first name, last name and other details. Optionally
  one staff id, a first name or a last name. Sorted by last name (default), first name or
  staff id.
examples:
  - list all staff
  - staff directory
  - what is the id of the staff member called Lacey
  - first and last names of all employees
keywords: [staff, staff member, staff members, employee, employees, people, team, directory,
           first name, last name, names, staff id, roster]
params:
  staff_id: {type: int, optional: true, min: 1, max: 1000000, label: staff id}
  first_name: {type: string, optional: true}
  last_name: {type: string, optional: true}
  sort:
    type: choice
    choices: [last_name, first_name, staff_id]
    default: last_name
    synonyms: {surname: last_name, by last name: last_name, by first name: first_name,
               by id: staff_id, id: staff_id}
owner: "@support-analytics"
---*/
SELECT s.staff_id, s.staff_first_name AS first_name, s.staff_last_name AS last_name,
       s.other_staff_details AS other_details
FROM Staff AS s
WHERE 1 = 1
{% if staff_id %}AND s.staff_id = :staff_id
{% endif %}{% if first_name %}AND s.staff_first_name = :first_name
{% endif %}{% if last_name %}AND s.staff_last_name = :last_name
{% endif %}ORDER BY
{% if sort == 'first_name' %}s.staff_first_name, s.staff_last_name
{% elif sort == 'staff_id' %}s.staff_id
{% else %}s.staff_last_name, s.staff_first_name
{% endif %}
