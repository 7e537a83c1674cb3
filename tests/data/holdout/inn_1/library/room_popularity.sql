/*---
title: Reservations per room
description: >
  How many times each room has been reserved, the nights booked and the revenue, most
  reserved first. Optionally only rooms with at least a number of reservations.
examples:
  - which rooms get booked the most
  - booking count by room
  - rooms with 50 or more bookings
  - nights sold per room
keywords: [reservations, bookings, booked, reserved, times, popular, popularity, demand, room,
           rooms, per room, each room, nights, revenue, count]
params:
  min_reservations: {type: int, optional: true, min: 1, label: at least this many reservations}
owner: "@revenue"
---*/
SELECT
    r.RoomId,
    r.roomName,
    r.decor,
    COUNT(v.Code) AS reservations,
    SUM(v.CheckOut - v.CheckIn) AS nights,
    ROUND(SUM(v.Rate * (v.CheckOut - v.CheckIn)), 2) AS revenue
FROM Rooms AS r
LEFT JOIN Reservations AS v ON v.Room = r.RoomId
GROUP BY r.RoomId, r.roomName, r.decor
{% if min_reservations %}HAVING COUNT(v.Code) >= :min_reservations
{% endif %}ORDER BY reservations DESC, r.roomName
