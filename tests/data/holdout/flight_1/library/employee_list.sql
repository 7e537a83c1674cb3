/*---
title: Employee directory
description: >
  Every employee: employee id, name, salary and the number of aircraft types they are
  certified to fly. Optionally one employee by id or by name, a salary window, or only those
  holding at least so many certificates; sorted by name (default), lowest salary first,
  highest salary first or most certificates first; cut to the first n.
examples:
  - staff list with pay
  - what does Betty Adams earn
  - employee 90873519
  - people paid 50k to 150k
  - who holds 3 or more type ratings
  - our 5 best paid people
keywords: [employee, employees, staff, people, person, pilot, pilots, crew, headcount, name,
           names, id, ids, salary, salaries, pay, paid, earn, earns, earning, wage, compensation,
           highest, lowest, certificate, certificates, certified, ratings, how many]
params:
  employee_id: {type: int, optional: true, min: 1, label: employee id}
  employee: {type: string, optional: true, label: employee name}
  min_salary: {type: number, optional: true, min: 0, label: salary at least}
  max_salary: {type: number, optional: true, min: 0, label: salary at most}
  min_certificates: {type: int, optional: true, min: 0, label: at least this many certificates}
  sort:
    type: choice
    choices: [name, lowest_salary, highest_salary, most_certificates]
    default: name
    synonyms: {alphabetical: name, a to z: name, lowest paid: lowest_salary,
               salary ascending: lowest_salary, cheapest: lowest_salary,
               best paid: highest_salary, top earners: highest_salary,
               salary descending: highest_salary, most certified: most_certificates,
               most ratings: most_certificates}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n employees}
owner: "@people-analytics"
---*/
WITH held AS (
    SELECT eid, COUNT(*) AS certificates
    FROM certificate
    GROUP BY eid
)
SELECT
    e.eid,
    e.name,
    e.salary,
    COALESCE(held.certificates, 0) AS certificates
FROM employee AS e
LEFT JOIN held ON held.eid = e.eid
WHERE 1 = 1
{% if employee_id is not none and employee_id is not false %}AND e.eid = :employee_id
{% endif %}{% if employee %}AND e.name = :employee
{% endif %}{% if min_salary is not none and min_salary is not false %}AND e.salary >= :min_salary
{% endif %}{% if max_salary is not none and max_salary is not false %}AND e.salary <= :max_salary
{% endif %}{% if min_certificates is not none and min_certificates is not false %}AND COALESCE(held.certificates, 0) >= :min_certificates
{% endif %}ORDER BY
{% if sort == 'lowest_salary' %}e.salary, e.name
{% elif sort == 'highest_salary' %}e.salary DESC, e.name
{% elif sort == 'most_certificates' %}certificates DESC, e.name
{% else %}e.name, e.eid
{% endif %}{% if n %}LIMIT :n
{% endif %}
