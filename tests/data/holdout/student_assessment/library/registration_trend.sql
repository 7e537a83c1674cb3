/*---
title: Registrations by month
description: >
  Course registrations counted per calendar month: registrations, distinct students and
  distinct courses. Oldest month first.
examples:
  - registrations per month
  - monthly sign-up trend
keywords: [trend, monthly, per month, by month, month, over time, timeline, volume,
           registrations per month, sign-ups per month]
params: {}
owner: "@registrar-data"
---*/
SELECT strftime(registration_date, '%Y-%m') AS month, COUNT(*) AS registrations,
       COUNT(DISTINCT student_id) AS students, COUNT(DISTINCT course_id) AS courses
FROM Student_Course_Registrations
GROUP BY month
ORDER BY month
