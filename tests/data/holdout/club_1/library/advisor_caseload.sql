/*---
title: Advisor caseload
description: >
  One row per advisor number: how many students they advise, the majors of those students,
  their average age, and how many of the advisees belong to a club. Optionally only
  advisors with at least a given number of advisees. Largest caseload first (default) or
  by advisor number.
examples:
  - how many students does each advisor have
  - advisors with 3 or more advisees
  - advising load per advisor
keywords: [advisor, advisors, adviser, advisers, advisee, advisees, advising, caseload,
           load, mentor, each, per, how many, number, count, students, at least, most,
           majors, club]
params:
  min_students: {type: int, optional: true, min: 1, max: 50, label: advisors with at least this many students}
  sort:
    type: choice
    choices: [most_students, advisor]
    default: most_students
    synonyms: {most students: most_students, largest: most_students, busiest: most_students,
               by advisor: advisor, by number: advisor}
owner: "@student-life-data"
---*/
SELECT
    s.Advisor AS advisor,
    COUNT(*) AS students,
    STRING_AGG(DISTINCT CAST(s.Major AS VARCHAR), ', ') AS majors,
    ROUND(AVG(s.Age), 2) AS average_age,
    COUNT(*) FILTER (WHERE s.StuID IN (SELECT m.StuID FROM Member_of_club AS m)) AS in_a_club
FROM Student AS s
GROUP BY s.Advisor
{% if min_students is not none and min_students is not false %}HAVING COUNT(*) >= :min_students
{% endif %}ORDER BY
{% if sort == 'advisor' %}1
{% else %}students DESC, 1
{% endif %}
