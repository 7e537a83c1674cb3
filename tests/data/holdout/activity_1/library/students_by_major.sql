/*---
title: Students per major
description: >
  One row per major code: how many students, how many women and men, their average,
  youngest and oldest age, and how many of them take part in at least one activity. By
  major code (default) or most students first.
examples:
  - student headcount by major
  - which majors are the biggest
  - share of each major in clubs
keywords: [major, majors, per major, each major, by major, program, programme, students,
           headcount, how many, number, count, average age, women, men, biggest, largest]
params:
  sort:
    type: choice
    choices: [major, most_students]
    default: major
    synonyms: {by major: major, by code: major, most: most_students, biggest: most_students,
               largest: most_students}
owner: "@activities-data"
---*/
SELECT
    s.Major AS major,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE s.Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE s.Sex = 'M') AS men,
    ROUND(AVG(s.Age), 1) AS average_age,
    MIN(s.Age) AS youngest,
    MAX(s.Age) AS oldest,
    COUNT(*) FILTER (WHERE s.StuID IN (SELECT p.stuid FROM Participates_in AS p))
        AS in_activities
FROM Student AS s
GROUP BY s.Major
ORDER BY
{% if sort == 'most_students' %}students DESC, 1
{% else %}1
{% endif %}
