/*---
title: Class sizes in bands
description: >
  Classrooms grouped by how many students they hold (small: under 4, medium: 4 to 6,
  large: 7 or more): how many rooms and which, and how many students in all.
examples:
  - how many small vs large classes do we have
  - class size distribution
keywords: [class size, size band, bands, distribution, small, medium, large, crowded,
           overcrowded, histogram]
owner: "@school-data"
---*/
WITH sizes AS (
    SELECT Classroom, COUNT(*) AS students FROM list GROUP BY Classroom
)
SELECT
    CASE WHEN students < 4 THEN 'small' WHEN students <= 6 THEN 'medium' ELSE 'large' END AS band,
    COUNT(*) AS classrooms,
    string_agg(CAST(Classroom AS VARCHAR), ', ' ORDER BY Classroom) AS classroom_numbers,
    SUM(students) AS students
FROM sizes
GROUP BY 1
ORDER BY MIN(students)
