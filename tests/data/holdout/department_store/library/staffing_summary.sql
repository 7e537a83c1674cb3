/*---
title: Staffing summary
description: >
  Staff department assignments counted per department (default, with its store), per job
  title or per staff member: assignments, distinct staff (or departments, per staff
  member), earliest start and latest end. Keep groups with at least a number of
  assignments; most assignments first (default), fewest first or by name.
examples:
  - headcount per department
  - how many people hold each job title
  - which employees work in several departments
  - least staffed departments
keywords: [staff, staffing, employees, people, headcount, workers, assignments, assigned,
           jobs, job title, job titles, department, departments, per department, each,
           several, multiple, more than one, fewest, least, most, understaffed]
params:
  by:
    type: choice
    choices: [department, job_title, staff]
    default: department
    synonyms: {dept: department, departments: department, title: job_title,
               job: job_title, role: job_title, employee: staff, person: staff,
               staff member: staff, employees: staff}
  min_assignments: {type: int, optional: true, min: 0, label: at least this many assignments}
  sort:
    type: choice
    choices: [most, fewest, name]
    default: most
    synonyms: {largest: most, biggest: most, least: fewest, smallest: fewest,
               alphabetical: name}
owner: "@people-ops"
---*/
SELECT
{% if by == 'staff' %}    s.staff_id,
    s.staff_name AS name,
    s.staff_gender,
    COUNT(*) AS assignments,
    COUNT(DISTINCT sda.department_id) AS departments,
{% elif by == 'job_title' %}    sda.job_title_code AS name,
    COUNT(*) AS assignments,
    COUNT(DISTINCT sda.staff_id) AS staff,
{% else %}    d.department_id,
    d.department_name AS name,
    d.dept_store_id,
    COUNT(*) AS assignments,
    COUNT(DISTINCT sda.staff_id) AS staff,
{% endif %}    MIN(sda.date_assigned_from) AS earliest_start,
    MAX(sda.date_assigned_to) AS latest_end
FROM Staff_Department_Assignments AS sda
JOIN Staff AS s ON s.staff_id = sda.staff_id
JOIN Departments AS d ON d.department_id = sda.department_id
GROUP BY
{% if by == 'staff' %}s.staff_id, s.staff_name, s.staff_gender
{% elif by == 'job_title' %}sda.job_title_code
{% else %}d.department_id, d.department_name, d.dept_store_id
{% endif %}{% if min_assignments is not none and min_assignments is not false %}HAVING COUNT(*) >= :min_assignments
{% endif %}ORDER BY
{% if sort == 'fewest' %}assignments,
{% elif sort == 'most' %}assignments DESC,
{% else %}name,
{% endif %}{% if by == 'staff' %}s.staff_id{% elif by == 'job_title' %}sda.job_title_code{% else %}d.department_id{% endif %}
