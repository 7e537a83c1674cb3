/*---
title: Vehicles
description: >
  Every vehicle of the school with its id and details (Van, Truck, Car) and the number of
  lessons given in it (zero included), completed and cancelled. Optionally one vehicle by id;
  sorted by id (default) or most lessons first.
examples:
  - our training fleet
  - what kind of vehicle is number 2
  - which vehicle gets booked for lessons the most
keywords: [vehicle, vehicles, car, cars, van, truck, fleet, detail, details, id, ids, used,
           usage, lessons per vehicle]
params:
  vehicle_id: {type: int, optional: true, min: 1, label: vehicle id}
  sort:
    type: choice
    choices: [id, most_lessons]
    default: id
    synonyms: {most used: most_lessons, busiest: most_lessons, most lessons: most_lessons}
owner: "@school-ops"
---*/
SELECT
    v.vehicle_id,
    v.vehicle_details,
    COUNT(l.lesson_id) AS lessons,
    COUNT(l.lesson_id) FILTER (WHERE l.lesson_status_code = 'Completed') AS completed,
    COUNT(l.lesson_id) FILTER (WHERE l.lesson_status_code = 'Cancelled') AS cancelled
FROM Vehicles AS v
LEFT JOIN Lessons AS l ON l.vehicle_id = v.vehicle_id
WHERE 1 = 1
{% if vehicle_id is not none and vehicle_id is not false %}AND v.vehicle_id = :vehicle_id
{% endif %}GROUP BY v.vehicle_id, v.vehicle_details
ORDER BY
{% if sort == 'most_lessons' %}lessons DESC, v.vehicle_id
{% else %}v.vehicle_id
{% endif %}
