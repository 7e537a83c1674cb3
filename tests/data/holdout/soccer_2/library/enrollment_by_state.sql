/*---
title: Enrollment per state
description: Per state, the number of colleges, their total and average enrollment, and the
  smallest and largest college with its enrollment.
examples:
  - students enrolled per state
  - which state has the biggest schools on average
  - college count and enrollment by state
keywords: [state, states, per state, each state, enrollment, enrolled, students, total,
           average, mean, colleges, schools, smallest, largest, breakdown]
params: {}
owner: "@athletics-analytics"
---*/
SELECT
    state,
    COUNT(*) AS colleges,
    SUM(enr) AS total_enrollment,
    ROUND(AVG(enr), 1) AS average_enrollment,
    arg_min(cName, enr) AS smallest_college,
    MIN(enr) AS smallest_enrollment,
    arg_max(cName, enr) AS largest_college,
    MAX(enr) AS largest_enrollment
FROM College
GROUP BY state
ORDER BY state
