/*---
title: Flights from a city
description: Flights that left one city's airport over a period, with their delay.
examples:
  - flights from Inverness last month
  - departures out of aberdeen in October
params:
  origin_city: {type: string, label: departure city}
  period: {type: date_range, default: last month}
---*/
SELECT f.flight_id, d.city AS destination, f.dep_date, f.delay_min
FROM flights f
JOIN airports o ON o.iata = f.origin
JOIN airports d ON d.iata = f.dest
WHERE o.city = :origin_city
  AND f.dep_date BETWEEN :period_start AND :period_end
