/*---
title: Room card
description: One room by its name, with its code, beds, bed type, occupancy, base price, decor
  and how often it has been reserved.
examples:
  - tell me about Frugal not apropos
  - room card for Harbinger but bequest
  - what style is Thrift and accolade decorated in
keywords: [room, details, card, about, decor, style, bed, price, occupancy, code]
params:
  room: {type: string, label: room name}
owner: "@front-desk"
---*/
SELECT
    r.RoomId,
    r.roomName,
    r.beds,
    r.bedType,
    r.maxOccupancy,
    r.basePrice,
    r.decor,
    COUNT(v.Code) AS reservations
FROM Rooms AS r
LEFT JOIN Reservations AS v ON v.Room = r.RoomId
WHERE r.roomName = :room
GROUP BY ALL
