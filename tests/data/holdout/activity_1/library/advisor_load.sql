/*---
title: Advising load per faculty member
description: >
  One row per faculty member who advises at least one student: faculty id, first and last
  name, rank, building, and how many students they advise. Optionally one rank, or only
  advisors with at least a given number of advisees. Most advisees first (default), by
  faculty id or by last name.
examples:
  - advising load by advisor
  - who has the most advisees
  - advisors with 3 or more students
  - number of advisees per assistant professor
keywords: [advisor, advisors, adviser, advisers, advise, advises, advising, advisee, advisees,
           mentor, mentors, students, faculty, faculty member, faculty id, load, caseload,
           each, per, how many, number, count, most, at least, or more]
params:
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, full professors: Professor,
               associate professor: AssocProf, associate professors: AssocProf,
               assistant professor: AsstProf, assistant professors: AsstProf,
               asst profs: AsstProf, instructors: Instructor}
  min_students: {type: int, optional: true, min: 1, max: 50, label: at least this many advisees}
  sort:
    type: choice
    choices: [most_students, faculty_id, last_name]
    default: most_students
    synonyms: {most: most_students, most students: most_students, most advisees: most_students,
               busiest: most_students, by id: faculty_id, by faculty id: faculty_id,
               by last name: last_name, alphabetical: last_name}
owner: "@activities-data"
---*/
SELECT
    f.FacID AS faculty_id,
    f.Fname AS first_name,
    f.Lname AS last_name,
    f.Rank AS rank,
    f.Building AS building,
    COUNT(*) AS advisees
FROM Faculty AS f
JOIN Student AS s ON s.Advisor = f.FacID
WHERE 1 = 1
{% if rank %}AND f.Rank = :rank
{% endif %}GROUP BY f.FacID, f.Fname, f.Lname, f.Rank, f.Building
{% if min_students %}HAVING COUNT(*) >= :min_students
{% endif %}ORDER BY
{% if sort == 'faculty_id' %}f.FacID
{% elif sort == 'last_name' %}f.Lname, f.Fname, f.FacID
{% else %}advisees DESC, f.FacID
{% endif %}
