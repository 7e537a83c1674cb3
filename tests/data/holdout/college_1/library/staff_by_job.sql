/*---
title: Head count per job code
description: >
  How many employees hold each job code (PROF professor, CUST custodian, TECH technician,
  CLRK clerk), with the earliest and latest hire date and the average age in whole years
  today. Largest groups first (default), or by job code.
examples:
  - head count by role
  - how many custodians and clerks do we employ
  - staff mix per job code
keywords: [job, jobs, job code, job codes, role, roles, position, positions, employees, staff,
           head count, headcount, how many, count, number, per, each, by, most, largest,
           biggest, hire, hired, age]
params:
  sort:
    type: choice
    choices: [most, code]
    default: most
    synonyms: {largest: most, biggest: most, most employees: most, by code: code,
               alphabetical: code}
owner: "@registrar-analytics"
---*/
SELECT
    EMP_JOBCODE AS job_code,
    COUNT(*) AS employees,
    MIN(EMP_HIREDATE) AS first_hired,
    MAX(EMP_HIREDATE) AS last_hired,
    ROUND(AVG(DATE_DIFF('year', EMP_DOB, CURRENT_DATE)), 1) AS average_age
FROM EMPLOYEE
GROUP BY EMP_JOBCODE
ORDER BY
{% if sort == 'code' %}1
{% else %}employees DESC, 1
{% endif %}
