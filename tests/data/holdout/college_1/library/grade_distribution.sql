/*---
title: Grade distribution per course
description: >
  For each course with enrolments: how many grades of each letter (A, B, C, D, F) were given
  across its sections, and the share of A and B grades. Courses with the most enrolments
  first.
examples:
  - grade distribution by course
  - how hard is each course graded
  - share of As and Bs per course
keywords: [grade, grades, distribution, spread, curve, letter, letters, share,
           percentage, course, courses, per course, graded, grading]
owner: "@registrar-analytics"
---*/
SELECT
    cl.CRS_CODE AS course_code,
    COUNT(*) AS grades,
    COUNT(*) FILTER (WHERE e.ENROLL_GRADE = 'A') AS a_grades,
    COUNT(*) FILTER (WHERE e.ENROLL_GRADE = 'B') AS b_grades,
    COUNT(*) FILTER (WHERE e.ENROLL_GRADE = 'C') AS c_grades,
    COUNT(*) FILTER (WHERE e.ENROLL_GRADE = 'D') AS d_grades,
    COUNT(*) FILTER (WHERE e.ENROLL_GRADE = 'F') AS f_grades,
    ROUND(100.0 * COUNT(*) FILTER (WHERE e.ENROLL_GRADE IN ('A', 'B')) / COUNT(*), 1) AS a_or_b_percent
FROM ENROLL AS e
JOIN CLASS AS cl ON cl.CLASS_CODE = e.CLASS_CODE
GROUP BY cl.CRS_CODE
ORDER BY grades DESC, 1
