/*---
title: Staff assignments
description: >
  One row per staff department assignment: staff id, name and gender code, job title
  (Department Manager, Sales Person, Clerical Staff, Administration), department id and
  name, store id, date assigned from, date assigned to and days in the assignment. Filter
  by job title, one staff member, one department name or the year the assignment started;
  latest start first (default), earliest start first, shortest or longest first, or by
  name.
examples:
  - who works in the purchasing department
  - everyone with an administration role
  - assignments that began in 2017
  - longest serving assignments
  - where has Vito been assigned
keywords: [staff, employee, employees, people, worker, assignment, assignments, assigned,
           job, job title, title, role, department manager, manager, sales person,
           salesperson, clerical, clerk, administration, admin, department, started,
           began, gender, tenure, period, shortest, longest, latest, earliest, recent]
params:
  job_title:
    type: choice
    optional: true
    choices: [Department Manager, Sales Person, Clerical Staff, Administration]
    synonyms: {manager: Department Manager, managers: Department Manager,
               dept manager: Department Manager, sales: Sales Person,
               salesperson: Sales Person, sales rep: Sales Person, clerk: Clerical Staff,
               clerical: Clerical Staff, clerks: Clerical Staff, admin: Administration,
               administrator: Administration}
  staff: {type: string, optional: true, label: staff name}
  department: {type: string, optional: true, label: department name}
  start_year: {type: int, optional: true, min: 2000, max: 2100, label: year the assignment started}
  sort:
    type: choice
    choices: [latest, earliest, shortest, longest, name]
    default: latest
    synonyms: {most recent: latest, newest: latest, oldest: earliest, first: earliest,
               briefest: shortest, least time: shortest, longest serving: longest,
               alphabetical: name}
owner: "@people-ops"
---*/
SELECT
    s.staff_id,
    s.staff_name,
    s.staff_gender,
    sda.job_title_code,
    d.department_id,
    d.department_name,
    d.dept_store_id,
    sda.date_assigned_from,
    sda.date_assigned_to,
    date_diff('day', sda.date_assigned_from, sda.date_assigned_to) AS days_assigned
FROM Staff_Department_Assignments AS sda
JOIN Staff AS s ON s.staff_id = sda.staff_id
JOIN Departments AS d ON d.department_id = sda.department_id
WHERE 1 = 1
{% if job_title %}AND sda.job_title_code = :job_title
{% endif %}{% if staff %}AND s.staff_name = :staff
{% endif %}{% if department %}AND d.department_name = :department
{% endif %}{% if start_year is not none and start_year is not false %}AND year(sda.date_assigned_from) = :start_year
{% endif %}ORDER BY
{% if sort == 'earliest' %}sda.date_assigned_from
{% elif sort == 'shortest' %}days_assigned, sda.date_assigned_from
{% elif sort == 'longest' %}days_assigned DESC, sda.date_assigned_from
{% elif sort == 'name' %}s.staff_name, sda.date_assigned_from
{% else %}sda.date_assigned_from DESC
{% endif %}
