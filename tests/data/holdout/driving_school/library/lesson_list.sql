/*---
title: Lessons
description: >
  Every driving lesson: id, date, length (hours), status (Completed, Cancelled), price, the
  customer (first and last name), the instructor (first and last name, nickname) and the
  vehicle. Optionally one status, one customer or one instructor by first and/or last name, or
  one kind of vehicle. Latest first.
examples:
  - the lesson log
  - lessons Dianna Trantow has booked
  - lesson log for instructor Ernestina Mraz
  - lessons in the truck
  - completed lessons and what they cost
keywords: [lesson, lessons, class, classes, session, sessions, driving lesson, booked, taken,
           taught, schedule, log, date, time, length, price, fee, cost, status, completed,
           cancelled, canceled, instructor, customer, learner, vehicle]
params:
  status:
    type: choice
    choices: [Completed, Cancelled]
    optional: true
    synonyms: {completed: Completed, done: Completed, finished: Completed, held: Completed,
               cancelled: Cancelled, canceled: Cancelled, called off: Cancelled}
  customer_first_name: {type: string, optional: true, label: customer's first name}
  customer_last_name: {type: string, optional: true, label: customer's last name}
  staff_first_name: {type: string, optional: true, label: instructor's first name}
  staff_last_name: {type: string, optional: true, label: instructor's last name}
  vehicle:
    type: choice
    choices: [Van, Truck, Car]
    optional: true
    synonyms: {vans: Van, lorry: Truck, trucks: Truck, cars: Car, automobile: Car}
owner: "@school-ops"
---*/
SELECT
    l.lesson_id,
    l.lesson_date,
    l.lesson_time,
    l.lesson_status_code,
    l.price,
    c.first_name AS customer_first_name,
    c.last_name AS customer_last_name,
    s.first_name AS staff_first_name,
    s.last_name AS staff_last_name,
    s.nickname AS staff_nickname,
    v.vehicle_details
FROM Lessons AS l
JOIN Customers AS c ON c.customer_id = l.customer_id
JOIN Staff AS s ON s.staff_id = l.staff_id
JOIN Vehicles AS v ON v.vehicle_id = l.vehicle_id
WHERE 1 = 1
{% if status %}AND l.lesson_status_code = :status
{% endif %}{% if customer_first_name %}AND c.first_name = :customer_first_name
{% endif %}{% if customer_last_name %}AND c.last_name = :customer_last_name
{% endif %}{% if staff_first_name %}AND s.first_name = :staff_first_name
{% endif %}{% if staff_last_name %}AND s.last_name = :staff_last_name
{% endif %}{% if vehicle %}AND v.vehicle_details = :vehicle
{% endif %}ORDER BY l.lesson_date DESC, l.lesson_id
