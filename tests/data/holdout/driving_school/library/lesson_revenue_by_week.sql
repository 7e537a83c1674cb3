/*---
title: Lesson revenue by week
description: >
  Per ISO week of lesson date: lessons, completed lessons and the revenue of the completed
  ones; latest week first.
examples:
  - weekly lesson takings
  - revenue trend from completed lessons
  - how much did we earn per week from lessons
keywords: [revenue, income, takings, earned, earnings, week, weekly, per week, trend,
           completed lessons, turnover]
params: {}
owner: "@school-ops"
---*/
SELECT
    date_trunc('week', lesson_date) AS week,
    COUNT(*) AS lessons,
    COUNT(*) FILTER (WHERE lesson_status_code = 'Completed') AS completed,
    COALESCE(SUM(price) FILTER (WHERE lesson_status_code = 'Completed'), 0) AS revenue
FROM Lessons
GROUP BY week
ORDER BY week DESC
