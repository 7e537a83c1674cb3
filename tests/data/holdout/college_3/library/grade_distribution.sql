/*---
title: Grade distribution
description: >
  One row per letter grade of the grading scale (A+ to F, every grade even if nobody got
  it): its grade point, how many enrollments received it and how many distinct students
  received it at least once. Optionally only one course (by id or name) or one department's
  courses. Best grade first.
examples:
  - grade distribution
  - how many students got at least one A-
  - letter grade to grade point conversion table
  - grade breakdown for PROBABILITY AND STATISTICS
keywords: [grade, grades, letter grade, letter grades, distribution, breakdown, histogram,
           scale, conversion, grade point, gradepoint, points, how many, students,
           enrollments, received, got, at least one, each grade, per grade]
params:
  course_id: {type: string, optional: true, label: "course id (600.315)"}
  course: {type: string, optional: true, label: course name}
  dept_no: {type: int, optional: true, min: 1, max: 999, label: course department number}
owner: "@registrar-data"
---*/
WITH picked AS (
    SELECT e.StuID, e.Grade
    FROM Enrolled_in AS e
    JOIN Course AS c ON c.CID = e.CID
    WHERE 1 = 1
    {% if course_id %}AND e.CID = :course_id
    {% endif %}{% if course %}AND lower(c.CName) = lower(:course)
    {% endif %}{% if dept_no is not none and dept_no is not false %}AND c.DNO = :dept_no
    {% endif %}
)
SELECT
    g.lettergrade AS letter_grade,
    g.gradepoint,
    COUNT(p.StuID) AS enrollments,
    COUNT(DISTINCT p.StuID) AS students
FROM Gradeconversion AS g
LEFT JOIN picked AS p ON p.Grade = g.lettergrade
GROUP BY g.lettergrade, g.gradepoint
ORDER BY g.gradepoint DESC, g.lettergrade
