/*---
title: Students per home city
description: >
  One row per home city code (BAL, NYC, HKG, ...): how many students come from there,
  female and male, their average age, how many of them belong to a club and which clubs.
  Optionally only cities with at least a given number of students. Most students first
  (default) or by city code.
examples:
  - where do our students come from
  - number of students per home town
  - cities with at least 3 students
  - which cities do club members come from
keywords: [city, cities, home, hometown, home town, from, come, origin, where, each, per,
           by, how many, number, count, students, club, clubs, members, at least]
params:
  min_students: {type: int, optional: true, min: 1, max: 50, label: cities with at least this many students}
  sort:
    type: choice
    choices: [most_students, city]
    default: most_students
    synonyms: {most students: most_students, most: most_students, by city: city,
               alphabetical: city, by code: city}
owner: "@student-life-data"
---*/
SELECT
    s.city_code AS city_code,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE s.Sex = 'F') AS female,
    COUNT(*) FILTER (WHERE s.Sex = 'M') AS male,
    ROUND(AVG(s.Age), 2) AS average_age,
    COUNT(DISTINCT m.StuID) AS club_members,
    STRING_AGG(DISTINCT c.ClubName, ', ' ORDER BY c.ClubName) AS clubs
FROM Student AS s
LEFT JOIN Member_of_club AS m ON m.StuID = s.StuID
LEFT JOIN Club AS c ON c.ClubID = m.ClubID
GROUP BY s.city_code
{% if min_students is not none and min_students is not false %}HAVING COUNT(DISTINCT s.StuID) >= :min_students
{% endif %}ORDER BY
{% if sort == 'city' %}1
{% else %}students DESC, 1
{% endif %}
