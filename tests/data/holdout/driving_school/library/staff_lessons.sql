/*---
title: Lessons per instructor
description: >
  Per staff member (zero included): lessons given, completed and cancelled, total lesson time
  (hours), total and average lesson price. Optionally one person by first and/or last name;
  most lessons first.
examples:
  - instructor workload
  - how many hours has Titus Durgan taught
  - average lesson fee charged by each instructor
keywords: [instructor, instructors, staff, employee, teacher, taught, teach, teaches, workload,
           lessons, lesson time, hours, total time, price, fee, average price, completed,
           cancelled, per instructor, each instructor]
params:
  first_name: {type: string, optional: true, label: staff member's first name}
  last_name: {type: string, optional: true, label: staff member's last name}
owner: "@school-ops"
---*/
SELECT
    s.staff_id,
    s.first_name,
    s.last_name,
    COUNT(l.lesson_id) AS lessons,
    COUNT(l.lesson_id) FILTER (WHERE l.lesson_status_code = 'Completed') AS completed,
    COUNT(l.lesson_id) FILTER (WHERE l.lesson_status_code = 'Cancelled') AS cancelled,
    COALESCE(SUM(l.lesson_time), 0) AS total_lesson_time,
    COALESCE(SUM(l.price), 0) AS total_price,
    ROUND(AVG(l.price), 2) AS avg_price
FROM Staff AS s
LEFT JOIN Lessons AS l ON l.staff_id = s.staff_id
WHERE 1 = 1
{% if first_name %}AND s.first_name = :first_name
{% endif %}{% if last_name %}AND s.last_name = :last_name
{% endif %}GROUP BY s.staff_id, s.first_name, s.last_name
ORDER BY lessons DESC, s.last_name
