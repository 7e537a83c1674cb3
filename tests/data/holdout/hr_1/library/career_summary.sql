/*---
title: Career summary per employee
description: >
  For each employee with a job history: id, name, current job id, the number of earlier jobs
  on record, when the first one started and when the last one ended. Optionally only employees
  with at least so many earlier jobs; most earlier jobs first.
examples:
  - how many previous positions has each person had
  - staff with 3 or more earlier roles
  - career summary per employee
keywords: [history, job history, past, previous, earlier, former, prior, jobs, positions,
           roles, career, held, did, changes, moves, last job, previous job, ended, end date,
           started, first job, per employee, each employee]
params:
  min_past_jobs: {type: int, optional: true, min: 0, label: at least this many earlier jobs}
owner: "@people-analytics"
---*/
SELECT
    e.EMPLOYEE_ID,
    e.FIRST_NAME,
    e.LAST_NAME,
    e.JOB_ID AS current_job_id,
    COUNT(*) AS past_jobs,
    MIN(h.START_DATE) AS first_start_date,
    MAX(h.END_DATE) AS last_end_date
FROM job_history AS h
JOIN employees AS e ON e.EMPLOYEE_ID = h.EMPLOYEE_ID
GROUP BY e.EMPLOYEE_ID, e.FIRST_NAME, e.LAST_NAME, e.JOB_ID
HAVING 1 = 1
{% if min_past_jobs is not none and min_past_jobs is not false %}AND COUNT(*) >= :min_past_jobs
{% endif %}ORDER BY past_jobs DESC, e.EMPLOYEE_ID
