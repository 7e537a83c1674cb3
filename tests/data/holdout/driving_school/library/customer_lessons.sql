/*---
title: Lessons per customer
description: >
  Per customer (zero included): lessons booked, completed and cancelled, total lesson time
  (hours) and total lesson price. Optionally one customer by first and/or last name; most
  lessons first.
examples:
  - learner progress overview
  - how many hours of driving has Sigrid Schmeler had
  - which learners cancel the most
keywords: [customer, customers, learner, learners, student, lessons, lesson, taken, took,
           booked, completed, finished, cancelled, canceled, lesson time, hours, total time,
           progress, per customer, each customer]
params:
  first_name: {type: string, optional: true, label: customer's first name}
  last_name: {type: string, optional: true, label: customer's last name}
owner: "@school-ops"
---*/
SELECT
    c.customer_id,
    c.first_name,
    c.last_name,
    COUNT(l.lesson_id) AS lessons,
    COUNT(l.lesson_id) FILTER (WHERE l.lesson_status_code = 'Completed') AS completed,
    COUNT(l.lesson_id) FILTER (WHERE l.lesson_status_code = 'Cancelled') AS cancelled,
    COALESCE(SUM(l.lesson_time), 0) AS total_lesson_time,
    COALESCE(SUM(l.price), 0) AS total_price
FROM Customers AS c
LEFT JOIN Lessons AS l ON l.customer_id = c.customer_id
WHERE 1 = 1
{% if first_name %}AND c.first_name = :first_name
{% endif %}{% if last_name %}AND c.last_name = :last_name
{% endif %}GROUP BY c.customer_id, c.first_name, c.last_name
ORDER BY lessons DESC, c.last_name
