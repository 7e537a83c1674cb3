/*---
title: Test results overview
description: For each test result (pass, fail), the number of tests, of students and of courses,
  most frequent result first.
examples:
  - pass versus fail counts
  - how are tests going overall
  - breakdown of exam outcomes
keywords: [result, results, outcome, outcomes, pass, fail, breakdown, overview, summary, count,
           counts, per result, each result, tests, exams, how many]
params: {}
owner: "@learning-analytics"
---*/
SELECT
    t.test_result,
    COUNT(*) AS tests,
    COUNT(DISTINCT e.student_id) AS students,
    COUNT(DISTINCT e.course_id) AS courses
FROM Student_Tests_Taken AS t
JOIN Student_Course_Enrolment AS e ON e.registration_id = t.registration_id
GROUP BY t.test_result
ORDER BY tests DESC, t.test_result
