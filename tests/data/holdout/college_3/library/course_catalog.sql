/*---
title: Course catalog
description: >
  One row per course: course id, name, credits, meeting days and hours, the instructor
  (faculty id, first and last name) and the offering department (number, name, room,
  building). Optionally one credit value or a minimum, one meeting-days pattern (as
  stored: MTW, ThF, M, ...), one department (by number or name), one instructor (last
  name) or one course name. By course id (default), credits (fewest first) or name.
examples:
  - show the course list for the ECE department
  - which 4-credit classes are there
  - who teaches LINEAR ALGEBRA AND DIFFERENTIAL EQNS and where is its department
  - courses that meet on ThF
  - catalog sorted by credit hours
keywords: [course, courses, class, classes, catalog, catalogue, offered, credit, credits,
           day, days, meets, meeting, taught, schedule, hours, time, instructor, teacher,
           teaches, taught by, department, room, building, name, names, list, information]
params:
  credits: {type: int, optional: true, min: 0, max: 10, label: credits (exactly)}
  min_credits: {type: int, optional: true, min: 0, max: 10, label: credits at least}
  days: {type: string, optional: true, label: "meeting days as stored (MTW, ThF, ...)"}
  dept_no: {type: int, optional: true, min: 1, max: 999, label: department number}
  department: {type: string, optional: true, label: department name}
  instructor: {type: string, optional: true, label: instructor's last name}
  course: {type: string, optional: true, label: course name}
  sort:
    type: choice
    choices: [course_id, credits, name]
    default: course_id
    synonyms: {by id: course_id, course number: course_id, by credits: credits,
               credits ascending: credits, fewest credits: credits, by name: name,
               alphabetical: name, a-z: name}
owner: "@registrar-data"
---*/
SELECT
    c.CID AS course_id,
    c.CName AS course_name,
    c.Credits AS credits,
    c.Days AS days,
    c.Hours AS hours,
    c.Instructor AS instructor_id,
    f.Fname AS instructor_first_name,
    f.Lname AS instructor_last_name,
    c.DNO AS dept_no,
    d.DName AS department,
    d.Room AS department_room,
    d.Building AS department_building
FROM Course AS c
LEFT JOIN Faculty AS f ON f.FacID = c.Instructor
LEFT JOIN Department AS d ON d.DNO = c.DNO
WHERE 1 = 1
{% if credits is not none and credits is not false %}AND c.Credits = :credits
{% endif %}{% if min_credits is not none and min_credits is not false %}AND c.Credits >= :min_credits
{% endif %}{% if days %}AND c.Days = :days
{% endif %}{% if dept_no is not none and dept_no is not false %}AND c.DNO = :dept_no
{% endif %}{% if department %}AND lower(d.DName) = lower(:department)
{% endif %}{% if instructor %}AND lower(f.Lname) = lower(:instructor)
{% endif %}{% if course %}AND lower(c.CName) = lower(:course)
{% endif %}ORDER BY
{% if sort == 'credits' %}c.Credits, c.CID
{% elif sort == 'name' %}c.CName, c.CID
{% else %}c.CID
{% endif %}
