/*---
title: Flight cancellations by reason
description: >
  Flights cancelled in a period grouped by cancellation reason (weather, technical, crew, air
  traffic control, other), with each reason's share of all cancellations and the bookings
  affected. Optionally for flights departing one airport.
examples:
  - flight cancellations by reason last month
  - why were flights cancelled this week?
  - how many flights did we cancel out of ORD in October
  - weather cancellations year to date
  - cancelled flights at Dallas last quarter by cause
  - number of scrubbed flights since Nov 1
  - cancellation reasons breakdown for Q3
  - how many flights got cancelled yesterday?
keywords: [cancellation, cancellations, cancelled, canceled, cancel, scrubbed, flight
           cancellations, cancelled flights, reason, reasons, cause, causes, weather,
           technical, mechanical, maintenance, crew, atc, air traffic control, disruption,
           irregular operations, irops]
params:
  period: {type: date_range, default: last month, label: period}
  airport:
    type: choice
    choices: [JFK, LAX, ORD, ATL, DFW, SFO]
    optional: true
    label: departure airport
    synonyms: {new york: JFK, kennedy: JFK, nyc: JFK, los angeles: LAX, la: LAX,
               chicago: ORD, o'hare: ORD, ohare: ORD, atlanta: ATL, dallas: DFW,
               fort worth: DFW, san francisco: SFO, sf: SFO, bay area: SFO}
owner: "@ops-analytics"
---*/
WITH affected AS (
    SELECT flight_id, COUNT(*) AS bookings
    FROM bookings
    GROUP BY flight_id
)
SELECT
    f.cancel_reason AS reason,
    COUNT(*) AS cancelled_flights,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (), 1) AS share_pct,
    SUM(COALESCE(a.bookings, 0)) AS bookings_affected
FROM flights AS f
LEFT JOIN affected AS a ON a.flight_id = f.flight_id
WHERE f.flight_date BETWEEN :period_start AND :period_end
  AND f.status = 'cancelled'
{% if airport %}  AND f.origin = :airport
{% endif %}GROUP BY f.cancel_reason
ORDER BY cancelled_flights DESC
