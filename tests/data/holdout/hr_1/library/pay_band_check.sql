/*---
title: Pay band compliance
description: >
  Each employee's salary against the band of their job: employee id and name, job id and
  title, salary, band minimum and maximum, and whether the salary is below, within or above
  the band. Optionally only one status (for example everyone paid outside their band).
examples:
  - is anyone paid outside their salary band
  - employees above the top of their grade
  - band compliance report
keywords: [band, pay band, salary band, grade, compliance, outside, out of band, above band,
           below band, underpaid, overpaid, within band, policy, audit]
params:
  status:
    type: choice
    choices: [below, within, above]
    optional: true
    synonyms: {under: below, underpaid: below, below band: below, in band: within,
               inside: within, compliant: within, over: above, overpaid: above,
               above band: above}
owner: "@comp-and-ben"
---*/
WITH checked AS (
    SELECT
        e.EMPLOYEE_ID,
        e.FIRST_NAME,
        e.LAST_NAME,
        e.JOB_ID,
        j.JOB_TITLE,
        e.SALARY,
        j.MIN_SALARY,
        j.MAX_SALARY,
        CASE
            WHEN e.SALARY < j.MIN_SALARY THEN 'below'
            WHEN e.SALARY > j.MAX_SALARY THEN 'above'
            ELSE 'within'
        END AS band_status
    FROM employees AS e
    JOIN jobs AS j ON j.JOB_ID = e.JOB_ID
)
SELECT *
FROM checked
WHERE 1 = 1
{% if status %}AND band_status = :status
{% endif %}ORDER BY band_status, JOB_ID, LAST_NAME
