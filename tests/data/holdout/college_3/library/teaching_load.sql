/*---
title: Teaching load per instructor
description: >
  One row per faculty member who teaches at least one course: faculty id, first and last
  name, rank, office building, courses taught, total credits and the course names.
  Optionally only courses of one department (by number or name), instructors of one rank
  or one office building, and the top N. Most courses first (default) or by last name.
examples:
  - who teaches the most classes
  - top 5 instructors by number of courses
  - teaching load of the Mathematical Sciences faculty
  - how many courses does each assistant professor teach
keywords: [teaching, teach, teaches, taught, load, workload, instructor, instructors,
           teacher, teachers, faculty, professor, professors, courses, classes, sections,
           credits, how many, most, busiest, top, per instructor, by instructor, building,
           live, office, rank, full name, names]
params:
  dept_no: {type: int, optional: true, min: 1, max: 999, label: course department number}
  department: {type: string, optional: true, label: course department name}
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, full professors: Professor,
               associate professor: AssocProf, associate professors: AssocProf,
               assistant professor: AsstProf, assistant professors: AsstProf,
               lecturer: Instructor, lecturers: Instructor}
  building: {type: string, optional: true, label: instructor's office building}
  top: {type: int, optional: true, min: 1, max: 100, label: top N instructors}
  sort:
    type: choice
    choices: [most_courses, last_name]
    default: most_courses
    synonyms: {most: most_courses, most courses: most_courses, busiest: most_courses,
               top: most_courses, by name: last_name, alphabetical: last_name}
owner: "@registrar-data"
---*/
SELECT
    f.FacID AS faculty_id,
    f.Fname AS first_name,
    f.Lname AS last_name,
    f.Rank AS rank,
    f.Building AS building,
    COUNT(*) AS courses,
    SUM(c.Credits) AS credits,
    string_agg(c.CName, '; ' ORDER BY c.CID) AS course_names
FROM Course AS c
JOIN Faculty AS f ON f.FacID = c.Instructor
LEFT JOIN Department AS d ON d.DNO = c.DNO
WHERE 1 = 1
{% if dept_no is not none and dept_no is not false %}AND c.DNO = :dept_no
{% endif %}{% if department %}AND lower(d.DName) = lower(:department)
{% endif %}{% if rank %}AND f.Rank = :rank
{% endif %}{% if building %}AND lower(f.Building) = lower(:building)
{% endif %}GROUP BY f.FacID, f.Fname, f.Lname, f.Rank, f.Building
ORDER BY
{% if sort == 'last_name' %}f.Lname, f.Fname
{% else %}courses DESC, f.Lname, f.Fname
{% endif %}
{% if top %}LIMIT :top{% endif %}
