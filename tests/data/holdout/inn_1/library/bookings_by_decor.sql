/*---
title: Bookings per decor
description: Reservations, nights and average nightly rate per decor style, most booked first.
examples:
  - do guests prefer rustic or modern rooms
  - demand by room style
  - average rate paid per decor
keywords: [decor, style, modern, traditional, rustic, reservations, bookings, booked, demand,
           popular, nights, rate, per decor, each decor]
params: {}
owner: "@revenue"
---*/
SELECT
    r.decor,
    COUNT(v.Code) AS reservations,
    SUM(v.CheckOut - v.CheckIn) AS nights,
    ROUND(AVG(v.Rate), 2) AS average_rate
FROM Rooms AS r
JOIN Reservations AS v ON v.Room = r.RoomId
GROUP BY r.decor
ORDER BY reservations DESC
