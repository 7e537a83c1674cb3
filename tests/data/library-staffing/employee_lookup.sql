/*---
title: Employee lookup
description: >
  One employee's record by employee id (E followed by five digits, e.g. E10482) or work email:
  name, title, department, level, location, manager, employment type, hire date and, for
  leavers, termination date.
examples:
  - look up employee E10482
  - who is E20931?
  - find dana.okafor@acme-corp.com
  - employee record for E30077
  - what team is priya.nair@acme-corp.com on?
  - who's the manager of E41250
  - when did E11873 start?
keywords: [employee, employees, lookup, look up, find, who is, record, profile, details, info,
           employee id, emp id, email, manager, reports to, title, start date, hire date,
           tenure]
params:
  employee:
    type: string
    pattern: '^([Ee]\d{5}|[^@\s]+@[^@\s]+\.[^@\s]+)$'
    label: employee id or email
    description: an employee id such as E10482, or a work email address
owner: "@people-analytics"
---*/
SELECT
    e.employee_id,
    e.full_name,
    e.email,
    e.job_title,
    e.department,
    e.level,
    e.location,
    e.employment_type,
    e.worker_type,
    m.full_name AS manager,
    e.hire_date,
    e.termination_date
FROM employees AS e
LEFT JOIN employees AS m ON m.employee_id = e.manager_id
WHERE upper(e.employee_id) = upper(trim(:employee))
   OR lower(e.email) = lower(trim(:employee))
