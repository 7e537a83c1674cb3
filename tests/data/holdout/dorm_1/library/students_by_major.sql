/*---
title: Students per major
description: Number of students, women, men and average age per major code, largest major first.
examples:
  - enrolment by major
  - which programme has the most people
  - headcount per field of study
  - gender split in each major
keywords: [major, majors, programme, program, field of study, subject, enrolment,
           enrollment, headcount, students, count, number, per major, each major]
params: {}
owner: "@registrar"
---*/
SELECT
    s.Major AS major,
    COUNT(*) AS students,
    COUNT(*) FILTER (WHERE s.Sex = 'F') AS female,
    COUNT(*) FILTER (WHERE s.Sex = 'M') AS male,
    ROUND(AVG(s.Age), 2) AS average_age
FROM Student AS s
GROUP BY s.Major
ORDER BY students DESC, s.Major
