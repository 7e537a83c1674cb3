/*---
title: Rooms per building
description: >
  One row per building that has classrooms: the number of rooms, total seats, and the
  largest, average and smallest room capacity. Optionally counts only rooms with at least a
  given number of seats (buildings with no such room drop out). By building (default), most
  rooms, or most seats first.
examples:
  - room count and seating per building
  - average room size in each building
  - which buildings have rooms for 80 or more people
  - the building with the most seats
keywords: [building, buildings, per building, each building, rooms, room, classrooms,
           capacity, seats, seating, largest, biggest, average, avg, maximum, max, minimum,
           smallest, how many rooms, number of rooms, count]
params:
  min_capacity: {type: int, optional: true, min: 1, max: 1000, label: only rooms with seats at least}
  sort:
    type: choice
    choices: [building, most_rooms, most_seats]
    default: building
    synonyms: {by building: building, alphabetical: building, most rooms: most_rooms,
               most classrooms: most_rooms, most seats: most_seats,
               biggest: most_seats, largest: most_seats}
owner: "@registrar-data"
---*/
SELECT
    building,
    COUNT(*) AS rooms,
    SUM(capacity) AS total_seats,
    MAX(capacity) AS largest_room,
    ROUND(AVG(capacity), 2) AS average_capacity,
    MIN(capacity) AS smallest_room
FROM classroom
WHERE 1 = 1
{% if min_capacity is not none and min_capacity is not false %}AND capacity >= :min_capacity
{% endif %}GROUP BY building
ORDER BY
{% if sort == 'most_rooms' %}rooms DESC, building
{% elif sort == 'most_seats' %}total_seats DESC, building
{% else %}building
{% endif %}
