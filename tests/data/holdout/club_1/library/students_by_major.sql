/*---
title: Students per major
description: >
  One row per major code: how many students, female and male, their average, youngest and
  oldest age, how many advisors they have between them, and how many of them belong to at
  least one club. By major code (default), most students first, or highest club uptake.
examples:
  - headcount by major
  - which major has the most students
  - average age per major
  - how many students in each major are in a club
keywords: [major, majors, majoring, program, programme, field, study, each, per, by,
           how many, number, count, students, headcount, average, age, female, male,
           club, clubs, members, most, largest]
params:
  sort:
    type: choice
    choices: [major, most_students, most_club_members]
    default: major
    synonyms: {by code: major, by major: major, most students: most_students,
               largest: most_students, biggest: most_students,
               most club members: most_club_members}
owner: "@student-life-data"
---*/
SELECT
    s.Major AS major,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE s.Sex = 'F') AS female,
    COUNT(*) FILTER (WHERE s.Sex = 'M') AS male,
    ROUND(AVG(s.Age), 2) AS average_age,
    MIN(s.Age) AS youngest_age,
    MAX(s.Age) AS oldest_age,
    COUNT(DISTINCT s.Advisor) AS advisors,
    COUNT(*) FILTER (WHERE s.StuID IN (SELECT m.StuID FROM Member_of_club AS m)) AS in_a_club
FROM Student AS s
GROUP BY s.Major
ORDER BY
{% if sort == 'most_students' %}students DESC, 1
{% elif sort == 'most_club_members' %}in_a_club DESC, 1
{% else %}1
{% endif %}
