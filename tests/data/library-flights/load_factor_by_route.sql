/*---
title: Load factor by route
description: >
  Passenger load factor (LF: seats sold as a share of seats flown) per route over a period,
  with flights, seats offered and passengers carried (PAX). Optionally for one route given as
  ORIGIN-DESTINATION airport codes, e.g. JFK-LAX.
examples:
  - load factor by route last month
  - LF on JFK-LAX this quarter
  - how full were our planes in October?
  - which routes had the emptiest flights last quarter
  - seat occupancy per route year to date
  - PAX and load factor for ORD-SFO since September
  - how many seats did we fill on each route last week
  - route load factors for Q2
keywords: [load factor, lf, plf, occupancy, seat occupancy, full, fullness, empty, emptiest,
           seats, seats sold, seats filled, capacity, pax, passengers carried, route, routes,
           city pair, o&d]
params:
  period: {type: date_range, default: last month, label: period}
  route:
    type: string
    optional: true
    pattern: '^[A-Z]{3}-[A-Z]{3}$'
    label: route
    description: origin and destination airport codes joined by a dash, e.g. JFK-LAX
owner: "@network-planning"
---*/
WITH sold AS (
    SELECT flight_id, COUNT(*) AS pax
    FROM bookings
    WHERE status = 'flown'
    GROUP BY flight_id
)
SELECT
    f.origin || '-' || f.destination AS route,
    COUNT(*) AS flights,
    SUM(f.seats) AS seats_offered,
    SUM(COALESCE(s.pax, 0)) AS pax,
    ROUND(100.0 * SUM(COALESCE(s.pax, 0)) / SUM(f.seats), 1) AS load_factor_pct
FROM flights AS f
LEFT JOIN sold AS s ON s.flight_id = f.flight_id
WHERE f.flight_date BETWEEN :period_start AND :period_end
  AND f.status = 'arrived'
{% if route %}  AND f.origin || '-' || f.destination = :route
{% endif %}GROUP BY 1
ORDER BY load_factor_pct DESC
