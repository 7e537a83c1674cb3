/*---
title: Advisor caseload
description: >
  One row per advisor number: how many students they advise, the majors and home cities of
  those students. Optionally only advisors with at least a given number of students, or
  only students of one major. By advisor number (default) or biggest caseload first.
examples:
  - advisee count per advisor
  - which advisors have the heaviest caseload
  - advisors with at least 4 advisees
  - advisors of major 550 students
keywords: [advisor, advisors, adviser, advisers, advise, advises, advised, advising, advisee,
           advisees, caseload, load, per advisor, each advisor, students, how many, number,
           count, most, at least, more than, major]
params:
  min_students: {type: int, optional: true, min: 1, max: 50, label: students at least}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  sort:
    type: choice
    choices: [advisor, most_students]
    default: advisor
    synonyms: {by advisor: advisor, by number: advisor, most students: most_students,
               biggest caseload: most_students, heaviest: most_students,
               most advisees: most_students}
owner: "@student-gov-data"
---*/
SELECT
    Advisor AS advisor,
    COUNT(*) AS students,
    string_agg(DISTINCT CAST(Major AS VARCHAR), ', ' ORDER BY CAST(Major AS VARCHAR)) AS majors,
    string_agg(DISTINCT city_code, ', ' ORDER BY city_code) AS cities
FROM Student
WHERE 1 = 1
{% if major is not none and major is not false %}AND Major = :major
{% endif %}GROUP BY Advisor
{% if min_students is not none and min_students is not false %}HAVING COUNT(*) >= :min_students
{% endif %}ORDER BY
{% if sort == 'most_students' %}students DESC, advisor
{% else %}advisor
{% endif %}
