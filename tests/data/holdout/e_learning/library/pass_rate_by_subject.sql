/*---
title: Pass rate by subject
description: For each subject, the tests taken on its courses, the passes and the pass rate in
  percent, lowest rate first.
examples:
  - where do learners struggle most
  - pass percentage per subject area
  - success rate of assessments by subject
keywords: [pass rate, success rate, percentage, percent, struggle, difficulty, hardest, quality,
           rate, ratio]
params: {}
owner: "@learning-analytics"
---*/
SELECT
    s.subject_name,
    COUNT(*) AS tests,
    COUNT(*) FILTER (WHERE t.test_result = 'Pass') AS passes,
    ROUND(100.0 * COUNT(*) FILTER (WHERE t.test_result = 'Pass') / COUNT(*), 1) AS pass_rate_pct
FROM Student_Tests_Taken AS t
JOIN Student_Course_Enrolment AS e ON e.registration_id = t.registration_id
JOIN Courses AS c ON c.course_id = e.course_id
JOIN Subjects AS s ON s.subject_id = c.subject_id
GROUP BY s.subject_name
ORDER BY pass_rate_pct, s.subject_name
