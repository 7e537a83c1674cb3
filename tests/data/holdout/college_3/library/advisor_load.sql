/*---
title: Advising load
description: >
  One row per faculty member who advises students: faculty id, name, rank, advisees, and
  how many distinct majors and home cities they come from. Most advisees first.
examples:
  - how many advisees does each advisor have
  - advising load by faculty member
keywords: [advisor, advisors, adviser, advisee, advisees, advising, mentor, mentees,
           load, faculty, students, per advisor]
owner: "@registrar-data"
---*/
SELECT
    f.FacID AS faculty_id,
    f.Fname AS first_name,
    f.Lname AS last_name,
    f.Rank AS rank,
    COUNT(*) AS advisees,
    COUNT(DISTINCT s.Major) AS majors,
    COUNT(DISTINCT s.city_code) AS home_cities
FROM Student AS s
JOIN Faculty AS f ON f.FacID = s.Advisor
GROUP BY f.FacID, f.Fname, f.Lname, f.Rank
ORDER BY advisees DESC, f.Lname
