/*---
title: Long stays
description: Reservations of at least a number of nights (7 by default), longest first.
examples:
  - who stayed a week or more
  - stays longer than 10 nights
  - extended-stay bookings
keywords: [long, longest, stays, extended, nights, week, weeks, duration, length of stay]
params:
  min_nights: {type: int, default: 7, min: 1, label: at least this many nights}
owner: "@front-desk"
---*/
SELECT
    v.Code,
    r.roomName,
    v.LastName,
    v.FirstName,
    v.CheckIn,
    v.CheckOut,
    v.CheckOut - v.CheckIn AS nights
FROM Reservations AS v
JOIN Rooms AS r ON r.RoomId = v.Room
WHERE v.CheckOut - v.CheckIn >= :min_nights
ORDER BY nights DESC, v.CheckIn
