/*---
title: Dorm capacity by gender
description: >
  Number of dorms, total, average, smallest and largest student capacity for each dorm
  gender (F women only, M men only, X co-ed), with a row for all dorms together.
examples:
  - how many beds do we have in co-ed halls
  - capacity summary per hall type
  - overall bed count across campus housing
  - mean hall size for women-only halls
keywords: [capacity, beds, total capacity, average capacity, dorm, dorms, halls, housing,
           gender, co-ed, female, male, summary, overall, sum, total]
params: {}
owner: "@housing-office"
---*/
SELECT
    COALESCE(gender, 'all dorms') AS gender,
    COUNT(*) AS dorms,
    SUM(student_capacity) AS total_capacity,
    ROUND(AVG(student_capacity), 1) AS average_capacity,
    MIN(student_capacity) AS smallest_capacity,
    MAX(student_capacity) AS largest_capacity
FROM Dorm
GROUP BY GROUPING SETS ((gender), ())
ORDER BY GROUPING(gender), gender
