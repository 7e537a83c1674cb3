/*---
title: Job catalogue and pay bands
description: >
  Every job with its id (code such as IT_PROG), title, the pay band's minimum and maximum
  salary and the width of the band (maximum minus minimum). Optionally one job by title, jobs
  whose band minimum is above an amount, or whose band maximum lies within a range.
examples:
  - list of job codes and titles
  - salary band for a Programmer
  - pay grades with their spread
  - roles whose starting pay is over 5000
  - jobs capped at 10000 or less
keywords: [job, jobs, job id, job code, job title, title, titles, role, roles, position,
           positions, pay band, band, grade, pay grade, salary range, range, spread, difference,
           minimum salary, min salary, maximum salary, max salary, starting pay, cap, ceiling,
           floor]
params:
  job_title: {type: string, optional: true, label: job title}
  min_salary_above: {type: int, optional: true, min: 0, label: band minimum above this (not equal)}
  max_salary_at_least: {type: int, optional: true, min: 0, label: band maximum at least this}
  max_salary_at_most: {type: int, optional: true, min: 0, label: band maximum at most this}
owner: "@people-analytics"
---*/
SELECT
    JOB_ID,
    JOB_TITLE,
    MIN_SALARY,
    MAX_SALARY,
    MAX_SALARY - MIN_SALARY AS band_width
FROM jobs
WHERE 1 = 1
{% if job_title %}AND JOB_TITLE = :job_title
{% endif %}{% if min_salary_above is not none and min_salary_above is not false %}AND MIN_SALARY > :min_salary_above
{% endif %}{% if max_salary_at_least is not none and max_salary_at_least is not false %}AND MAX_SALARY >= :max_salary_at_least
{% endif %}{% if max_salary_at_most is not none and max_salary_at_most is not false %}AND MAX_SALARY <= :max_salary_at_most
{% endif %}ORDER BY MAX_SALARY DESC, JOB_ID
