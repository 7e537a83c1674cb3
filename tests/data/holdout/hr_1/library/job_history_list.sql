/*---
title: Job history
description: >
  Past positions, one row per earlier job an employee held: employee id and name, the past
  job (id and title) and department (id and name), start and end date, days in the job, and
  the employee's current job id and salary. Optionally one employee by first or last name, one
  past job id, past jobs that lasted at least so many days, or only employees whose current
  salary is at least an amount.
examples:
  - previous roles of Neena Kochhar
  - career moves on record
  - earlier jobs that lasted a year or more
  - who used to be a ST_CLERK
  - past positions of people now paid 10000 or more
keywords: [job history, history, past, previous, earlier, former, prior, before, career,
           career moves, moves, positions held, held, did, used to, start date, end date,
           ended, started, tenure, days, duration, lasted, current salary, presently]
params:
  first_name: {type: string, optional: true, label: employee's first name}
  last_name: {type: string, optional: true, label: employee's last name}
  job_id: {type: string, optional: true, label: past job id}
  min_days: {type: int, optional: true, min: 0, label: lasted at least this many days}
  min_current_salary: {type: int, optional: true, min: 0, label: current salary at least}
owner: "@people-analytics"
---*/
SELECT
    h.EMPLOYEE_ID,
    e.FIRST_NAME,
    e.LAST_NAME,
    h.JOB_ID AS past_job_id,
    j.JOB_TITLE AS past_job_title,
    h.DEPARTMENT_ID AS past_department_id,
    d.DEPARTMENT_NAME AS past_department_name,
    h.START_DATE,
    h.END_DATE,
    h.END_DATE - h.START_DATE AS days_in_job,
    e.JOB_ID AS current_job_id,
    e.SALARY AS current_salary
FROM job_history AS h
JOIN employees AS e ON e.EMPLOYEE_ID = h.EMPLOYEE_ID
LEFT JOIN jobs AS j ON j.JOB_ID = h.JOB_ID
LEFT JOIN departments AS d ON d.DEPARTMENT_ID = h.DEPARTMENT_ID
WHERE 1 = 1
{% if first_name %}AND e.FIRST_NAME = :first_name
{% endif %}{% if last_name %}AND e.LAST_NAME = :last_name
{% endif %}{% if job_id %}AND h.JOB_ID = :job_id
{% endif %}{% if min_days is not none and min_days is not false %}AND h.END_DATE - h.START_DATE >= :min_days
{% endif %}{% if min_current_salary is not none and min_current_salary is not false %}AND e.SALARY >= :min_current_salary
{% endif %}ORDER BY h.EMPLOYEE_ID, h.START_DATE
