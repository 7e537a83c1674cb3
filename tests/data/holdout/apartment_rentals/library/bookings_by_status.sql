/*---
title: Bookings by status
description: >
  Per booking status (Provisional, Confirmed): the number of bookings, distinct apartments and
  distinct guests, and the earliest start and latest end date.
examples:
  - how many reservations are firm vs tentative
  - booking pipeline by status
  - share of provisional bookings
keywords: [status, statuses, status code, booking status, per status, by status, each status,
           pipeline, confirmed, provisional, bookings, reservations, count, number]
params: {}
owner: "@property-analytics"
---*/
SELECT
    booking_status_code,
    COUNT(*) AS bookings,
    COUNT(DISTINCT apt_id) AS apartments,
    COUNT(DISTINCT guest_id) AS guests,
    MIN(booking_start_date) AS first_start,
    MAX(booking_end_date) AS last_end
FROM Apartment_Bookings
GROUP BY booking_status_code
ORDER BY bookings DESC, booking_status_code
