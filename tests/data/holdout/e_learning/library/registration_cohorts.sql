/*---
title: Registration cohorts
description: Students grouped by the quarter they registered in, with how many of each cohort
  ever enrolled in a course and when the cohort last logged on.
examples:
  - sign-up cohorts by quarter
  - how many learners registered per quarter
  - cohort activation
keywords: [cohort, cohorts, quarter, quarterly, registered, registrations, sign-ups, signups,
           acquisition, activation, growth, new learners]
params: {}
owner: "@learning-analytics"
---*/
SELECT
    strftime(s.date_of_registration, '%Y') || '-Q' || quarter(s.date_of_registration) AS cohort,
    COUNT(DISTINCT s.student_id) AS students,
    COUNT(DISTINCT e.student_id) AS ever_enrolled,
    MAX(s.date_of_latest_logon) AS last_logon
FROM Students AS s
LEFT JOIN Student_Course_Enrolment AS e ON e.student_id = s.student_id
GROUP BY cohort
ORDER BY cohort
