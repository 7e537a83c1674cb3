/*---
title: Bookings by sales channel
description: >
  Bookings made in a period per sales channel (website, mobile app, call center, travel
  agents), with the number of tickets, booking revenue and the average fare paid.
examples:
  - bookings by channel last 30 days
  - how many tickets were sold through the app this month?
  - booking mix web vs app vs agents last quarter
  - travel agent bookings in October
  - how much did we sell via the call center yesterday
  - direct vs indirect bookings year to date
  - ticket sales per channel since Nov 1
keywords: [bookings, booking, booked, reservations, tickets sold, ticket sales, sold, sales,
           channel, channels, distribution, direct, indirect, ota, gds, website, app, agents,
           call center, mix]
params:
  period: {type: date_range, default: last 30 days, label: booking period}
  channel:
    type: choice
    choices: [web, app, call_center, travel_agent]
    optional: true
    synonyms: {website: web, online: web, site: web, mobile app: app, mobile: app, phone app: app,
               call center: call_center, call centre: call_center, phone: call_center,
               reservations desk: call_center, travel agent: travel_agent,
               travel agents: travel_agent, agents: travel_agent, agency: travel_agent,
               ota: travel_agent, otas: travel_agent, gds: travel_agent}
owner: "@commercial-analytics"
---*/
SELECT
    b.channel,
    COUNT(*) AS bookings,
    ROUND(SUM(b.fare_amount), 2) AS booking_revenue,
    ROUND(AVG(b.fare_amount), 2) AS average_fare
FROM bookings AS b
WHERE b.booking_date BETWEEN :period_start AND :period_end
  AND b.status <> 'void'
{% if channel %}  AND b.channel = :channel
{% endif %}GROUP BY b.channel
ORDER BY bookings DESC
