/*---
title: Revenue by month
description: >
  Check-ins, nights and room revenue per month of check-in. Optionally one room.
examples:
  - monthly room revenue
  - how busy was each month
  - revenue per month for Convoke and sanguine
keywords: [revenue, income, sales, month, monthly, per month, trend, season, seasonality,
           check-ins, nights, busy]
params:
  room: {type: string, optional: true, label: room name}
owner: "@finance"
---*/
SELECT
    date_trunc('month', v.CheckIn) AS month,
    COUNT(*) AS check_ins,
    SUM(v.CheckOut - v.CheckIn) AS nights,
    ROUND(SUM(v.Rate * (v.CheckOut - v.CheckIn)), 2) AS revenue
FROM Reservations AS v
JOIN Rooms AS r ON r.RoomId = v.Room
{% if room %}WHERE r.roomName = :room
{% endif %}GROUP BY month
ORDER BY month
