/*---
title: Tests taken
description: >
  Every test taken: the date and result, with the enrolment it belongs to (registration id,
  student, course, enrolment and completion dates). Optionally only passes or fails, one course
  or one student (by personal name).
examples:
  - recent test attempts
  - failed tests and whose they were
  - test results for the Japanese course
  - Eliza's test history
keywords: [test, tests, exam, exams, assessment, assessments, attempt, attempts, result,
           results, pass, passed, fail, failed, score, taken, date taken, outcome, grade]
params:
  result:
    type: choice
    choices: [Pass, Fail]
    optional: true
    synonyms: {passed: Pass, passes: Pass, passing: Pass, succeeded: Pass, failed: Fail,
               fails: Fail, failing: Fail, failures: Fail, flunked: Fail}
  course: {type: string, optional: true, label: course name}
  student: {type: string, optional: true, label: student's personal name}
owner: "@learning-analytics"
---*/
SELECT
    t.registration_id,
    t.date_test_taken,
    t.test_result,
    st.personal_name,
    st.family_name,
    c.course_name,
    e.date_of_enrolment,
    e.date_of_completion
FROM Student_Tests_Taken AS t
JOIN Student_Course_Enrolment AS e ON e.registration_id = t.registration_id
JOIN Students AS st ON st.student_id = e.student_id
JOIN Courses AS c ON c.course_id = e.course_id
WHERE 1 = 1
{% if result %}AND t.test_result = :result
{% endif %}{% if course %}AND c.course_name = :course
{% endif %}{% if student %}AND st.personal_name = :student
{% endif %}ORDER BY t.date_test_taken DESC
