/*---
title: Classroom list
description: >
  One row per classroom: building, room number, seating capacity, and how many course
  sections have been scheduled in it. Optionally one building, or a capacity range
  (inclusive: at least / at most so many seats). By building and room (default), largest or
  smallest first.
examples:
  - list every classroom with its capacity
  - rooms in Taylor
  - classrooms that seat between 30 and 60 people
  - which rooms hold at least 100 students
  - smallest rooms on campus
keywords: [classroom, classrooms, room, rooms, room number, building, buildings, capacity,
           seats, seat, sit, hold, holds, size, large, small, big, how many rooms, campus]
params:
  building: {type: string, optional: true, label: building}
  min_capacity: {type: int, optional: true, min: 1, max: 1000, label: seats at least}
  max_capacity: {type: int, optional: true, min: 1, max: 1000, label: seats at most}
  sort:
    type: choice
    choices: [building, largest, smallest]
    default: building
    synonyms: {by building: building, alphabetical: building, largest: largest,
               biggest: largest, largest first: largest, most seats: largest,
               smallest: smallest, smallest first: smallest, fewest seats: smallest}
owner: "@registrar-data"
---*/
SELECT
    c.building,
    c.room_number,
    c.capacity,
    COUNT(s.course_id) AS sections_scheduled
FROM classroom AS c
LEFT JOIN section AS s ON s.building = c.building AND s.room_number = c.room_number
WHERE 1 = 1
{% if building %}AND c.building = :building
{% endif %}{% if min_capacity is not none and min_capacity is not false %}AND c.capacity >= :min_capacity
{% endif %}{% if max_capacity is not none and max_capacity is not false %}AND c.capacity <= :max_capacity
{% endif %}GROUP BY c.building, c.room_number, c.capacity
ORDER BY
{% if sort == 'largest' %}c.capacity DESC, c.building, c.room_number
{% elif sort == 'smallest' %}c.capacity, c.building, c.room_number
{% else %}c.building, c.room_number
{% endif %}
