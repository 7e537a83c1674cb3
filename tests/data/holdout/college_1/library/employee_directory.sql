/*---
title: Staff directory
description: >
  One row per employee of the college (faculty and staff): employee number, first name,
  middle initial, last name, job code (PROF professor, CUST custodian, TECH technician, CLRK
  clerk), date hired and date of birth. Optionally one job code or one last name. By last
  name (default), oldest or youngest first, or longest-serving or newest hires first.
examples:
  - staff list with job codes
  - all our technicians
  - who are the clerks
  - employees by hire date
  - who are the Smiths on staff
keywords: [employee, employees, staff, staffer, people, personnel, everyone, all, worker,
           workers, name, names, first name, last name, initial, job, job code, role,
           position, hired, hire date, date of birth, birthday, born, age, oldest, youngest,
           senior, newest, directory, list, how many, total, number]
params:
  job_code:
    type: choice
    optional: true
    choices: [PROF, CUST, TECH, CLRK]
    synonyms: {prof: PROF, profs: PROF, professor: PROF, professors: PROF, faculty: PROF,
               cust: CUST, custodian: CUST, custodians: CUST, custodial: CUST, janitor: CUST,
               janitors: CUST, tech: TECH, techs: TECH, technician: TECH, technicians: TECH,
               clrk: CLRK, clerk: CLRK, clerks: CLRK, clerical: CLRK}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [last_name, oldest, youngest, longest_serving, newest]
    default: last_name
    synonyms: {by name: last_name, surname: last_name, oldest: oldest, oldest first: oldest,
               by date of birth: oldest, by birth date: oldest, by age: oldest,
               earliest date of birth: oldest, earliest birth date: oldest,
               youngest: youngest, youngest first: youngest, longest serving: longest_serving,
               by hire date: longest_serving, earliest hire: longest_serving,
               newest: newest, most recent hires: newest, newest hires: newest}
owner: "@registrar-analytics"
---*/
SELECT
    EMP_NUM AS employee_number,
    EMP_FNAME AS first_name,
    EMP_INITIAL AS initial,
    EMP_LNAME AS last_name,
    EMP_JOBCODE AS job_code,
    EMP_HIREDATE AS hired,
    EMP_DOB AS date_of_birth
FROM EMPLOYEE
WHERE 1 = 1
{% if job_code %}AND EMP_JOBCODE = :job_code
{% endif %}{% if last_name %}AND EMP_LNAME = :last_name
{% endif %}ORDER BY
{% if sort == 'oldest' %}EMP_DOB, EMP_NUM
{% elif sort == 'youngest' %}EMP_DOB DESC, EMP_NUM
{% elif sort == 'longest_serving' %}EMP_HIREDATE, EMP_NUM
{% elif sort == 'newest' %}EMP_HIREDATE DESC, EMP_NUM
{% else %}EMP_LNAME, EMP_FNAME, EMP_NUM
{% endif %}
