/*---
title: Occupancy by building
description: >
  Per building: apartments, bookings, confirmed bookings and booked nights (end minus start
  date) over its apartments; busiest first.
examples:
  - which blocks are busiest
  - booked nights per property
  - demand by building
keywords: [occupancy, occupied, utilisation, utilization, busiest, demand, nights, booked
           nights, per building, by building, building, buildings, property, properties]
params: {}
owner: "@property-analytics"
---*/
SELECT
    b.building_short_name,
    COUNT(DISTINCT a.apt_id) AS apartments,
    COUNT(bk.apt_booking_id) AS bookings,
    COUNT(bk.apt_booking_id) FILTER (WHERE bk.booking_status_code = 'Confirmed') AS confirmed,
    COALESCE(SUM(date_diff('day', bk.booking_start_date, bk.booking_end_date)), 0) AS booked_nights
FROM Apartment_Buildings AS b
LEFT JOIN Apartments AS a ON a.building_id = b.building_id
LEFT JOIN Apartment_Bookings AS bk ON bk.apt_id = a.apt_id
GROUP BY b.building_short_name
ORDER BY booked_nights DESC, b.building_short_name
