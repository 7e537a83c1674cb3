/*---
title: Time to completion
description: Average, shortest and longest number of days between enrolment and completion, per
  subject, slowest first.
examples:
  - how long do learners take to finish a course
  - completion time by subject area
  - average days from sign-up to completion
keywords: [days, duration, time to complete, time to completion, how long, speed, slowest,
           fastest, lead time, turnaround, completion time]
params: {}
owner: "@learning-analytics"
---*/
SELECT
    s.subject_name,
    COUNT(*) AS enrolments,
    ROUND(AVG(date_diff('day', e.date_of_enrolment, e.date_of_completion)), 1) AS avg_days,
    MIN(date_diff('day', e.date_of_enrolment, e.date_of_completion)) AS min_days,
    MAX(date_diff('day', e.date_of_enrolment, e.date_of_completion)) AS max_days
FROM Student_Course_Enrolment AS e
JOIN Courses AS c ON c.course_id = e.course_id
JOIN Subjects AS s ON s.subject_id = c.subject_id
GROUP BY s.subject_name
ORDER BY avg_days DESC
