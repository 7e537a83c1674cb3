/*---
title: Employee directory
description: >
  Every employee with id, first and last name, email, phone number, hire date, job (id and
  title), salary, commission percentage (0 when none), manager (id and name), department (id
  and name) and the office the department sits in (city, state or province, country).
  Optionally filtered by department (by name or number, or the employees with no department),
  job (title or id), first or last name, manager's first or last name, office city or country,
  a salary range, with or without commission, and hire dates before or after a day; sorted by
  last name (default), highest or lowest salary, department, hire date or employee id.
examples:
  - staff list with emails and phone numbers
  - who works in Shipping
  - who sits in department 20
  - people paid at least 10000
  - salaries of the Stock Clerks
  - team members who report to Matthew Weiss
  - contact details for Ellen Abel
  - employees based in Toronto
  - people on commission in order of pay
  - who was hired before 1987-07-01
  - staff with no department on file
keywords: [employee, employees, staff, people, person, worker, workers, headcount, directory,
           name, first name, last name, full name, email, phone, phone number, hired, hire date,
           joined, job, job title, job id, role, position, salary, salaries, pay, paid, earn,
           earns, earning, commission, commission pct, manager, reports to, boss, department,
           department id, department number, office, city, state, province, country, works,
           working, based]
params:
  department: {type: string, optional: true, label: department name}
  department_id: {type: int, optional: true, min: 0, label: department number}
  unassigned: {type: bool, default: false, label: only employees without a department}
  job_title: {type: string, optional: true, label: job title}
  job_id: {type: string, optional: true, label: job id (code such as SA_REP)}
  first_name: {type: string, optional: true, label: employee's first name}
  last_name: {type: string, optional: true, label: employee's last name}
  manager_first_name: {type: string, optional: true, label: manager's first name}
  manager_last_name: {type: string, optional: true, label: manager's last name}
  city: {type: string, optional: true, label: office city}
  country: {type: string, optional: true, label: office country}
  min_salary: {type: int, optional: true, min: 0, label: salary at least}
  max_salary: {type: int, optional: true, min: 0, label: salary at most}
  commission:
    type: choice
    choices: [with, without]
    optional: true
    synonyms: {commissioned: with, on commission: with, earns commission: with,
               gets commission: with, has commission: with, no commission: without,
               without commission: without, non-commissioned: without, zero commission: without}
  hired_after: {type: date, optional: true, label: hired after this day (not on it)}
  hired_before: {type: date, optional: true, label: hired before this day (not on it)}
  sort:
    type: choice
    choices: [last_name, highest_salary, lowest_salary, department, hire_date, employee_id]
    default: last_name
    synonyms: {alphabetical: last_name, surname: last_name, name: last_name,
               best paid: highest_salary, top earners: highest_salary,
               salary descending: highest_salary, highest paid: highest_salary,
               lowest paid: lowest_salary, salary ascending: lowest_salary,
               by department: department, department number: department,
               seniority: hire_date, hire date: hire_date, earliest hired: hire_date,
               id: employee_id, employee number: employee_id}
owner: "@people-analytics"
max_rows: 5000
---*/
SELECT
    e.EMPLOYEE_ID,
    e.FIRST_NAME,
    e.LAST_NAME,
    e.EMAIL,
    e.PHONE_NUMBER,
    e.HIRE_DATE,
    e.JOB_ID,
    j.JOB_TITLE,
    e.SALARY,
    e.COMMISSION_PCT,
    e.MANAGER_ID,
    m.FIRST_NAME || ' ' || m.LAST_NAME AS manager_name,
    e.DEPARTMENT_ID,
    d.DEPARTMENT_NAME,
    l.CITY,
    l.STATE_PROVINCE,
    c.COUNTRY_NAME
FROM employees AS e
LEFT JOIN jobs AS j ON j.JOB_ID = e.JOB_ID
LEFT JOIN employees AS m ON m.EMPLOYEE_ID = e.MANAGER_ID
LEFT JOIN departments AS d ON d.DEPARTMENT_ID = e.DEPARTMENT_ID
LEFT JOIN locations AS l ON l.LOCATION_ID = d.LOCATION_ID
LEFT JOIN countries AS c ON c.COUNTRY_ID = l.COUNTRY_ID
WHERE 1 = 1
{% if department %}AND d.DEPARTMENT_NAME = :department
{% endif %}{% if department_id is not none and department_id is not false %}AND e.DEPARTMENT_ID = :department_id
{% endif %}{% if unassigned %}AND d.DEPARTMENT_ID IS NULL
{% endif %}{% if job_title %}AND j.JOB_TITLE = :job_title
{% endif %}{% if job_id %}AND e.JOB_ID = :job_id
{% endif %}{% if first_name %}AND e.FIRST_NAME = :first_name
{% endif %}{% if last_name %}AND e.LAST_NAME = :last_name
{% endif %}{% if manager_first_name %}AND m.FIRST_NAME = :manager_first_name
{% endif %}{% if manager_last_name %}AND m.LAST_NAME = :manager_last_name
{% endif %}{% if city %}AND l.CITY = :city
{% endif %}{% if country %}AND c.COUNTRY_NAME = :country
{% endif %}{% if min_salary is not none and min_salary is not false %}AND e.SALARY >= :min_salary
{% endif %}{% if max_salary is not none and max_salary is not false %}AND e.SALARY <= :max_salary
{% endif %}{% if commission == 'with' %}AND COALESCE(e.COMMISSION_PCT, 0) > 0
{% elif commission == 'without' %}AND COALESCE(e.COMMISSION_PCT, 0) = 0
{% endif %}{% if hired_after %}AND e.HIRE_DATE > CAST(:hired_after AS DATE)
{% endif %}{% if hired_before %}AND e.HIRE_DATE < CAST(:hired_before AS DATE)
{% endif %}ORDER BY
{% if sort == 'highest_salary' %}e.SALARY DESC, e.LAST_NAME
{% elif sort == 'lowest_salary' %}e.SALARY, e.LAST_NAME
{% elif sort == 'department' %}e.DEPARTMENT_ID, e.LAST_NAME
{% elif sort == 'hire_date' %}e.HIRE_DATE, e.EMPLOYEE_ID
{% elif sort == 'employee_id' %}e.EMPLOYEE_ID
{% else %}e.LAST_NAME, e.FIRST_NAME
{% endif %}
