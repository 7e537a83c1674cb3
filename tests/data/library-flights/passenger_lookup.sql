/*---
title: Passenger lookup
description: >
  One passenger's profile and trips, found by a six-character booking reference (PNR, e.g.
  ABC123) or by email address: name, loyalty tier, every booking with flight, date, fare and
  status, and any complaints filed.
examples:
  - look up booking ABC123
  - who is the passenger on PNR Q7XK2P?
  - find passenger maria.lopez@example.com
  - trips for jon.smith@mail.com
  - details for booking reference ZZ9PL4
  - what flights is anna.berg@example.org booked on
  - passenger profile for record locator K3M9QD
keywords: [passenger, pax, traveler, traveller, customer, flyer, lookup, look up, find,
           details, profile, booking reference, booking ref, pnr, record locator,
           confirmation code, email, itinerary, trips]
params:
  passenger:
    type: string
    pattern: '^([A-Za-z0-9]{6}|[^@\s]+@[^@\s]+\.[^@\s]+)$'
    label: booking reference or email
    description: a six-character booking reference (PNR) such as ABC123, or an email address
owner: "@customer-analytics"
---*/
WITH target AS (
    SELECT DISTINCT p.*
    FROM passengers AS p
    LEFT JOIN bookings AS b ON b.passenger_id = p.passenger_id
    WHERE upper(b.booking_ref) = upper(trim(:passenger))
       OR lower(p.email) = lower(trim(:passenger))
),
complaint_counts AS (
    SELECT c.passenger_id, COUNT(*) AS complaints
    FROM complaints AS c
    JOIN target AS t ON t.passenger_id = c.passenger_id
    GROUP BY c.passenger_id
)
SELECT
    t.passenger_id,
    t.name,
    t.email,
    t.loyalty_tier,
    b.booking_ref,
    f.flight_no,
    f.origin || '-' || f.destination AS route,
    f.flight_date,
    b.fare_class,
    b.fare_amount,
    b.status AS booking_status,
    COALESCE(cc.complaints, 0) AS complaints
FROM target AS t
LEFT JOIN bookings AS b ON b.passenger_id = t.passenger_id
LEFT JOIN flights AS f ON f.flight_id = b.flight_id
LEFT JOIN complaint_counts AS cc ON cc.passenger_id = t.passenger_id
ORDER BY f.flight_date DESC
