/*---
title: Fare per mile
description: >
  Yield of each scheduled flight: flight number, origin, destination, distance, fare and fare
  per mile (in cents), best value (lowest cents per mile) first. Optionally only flights whose
  yield is at least a given number of cents per mile.
examples:
  - yield per flight in cents per mile
  - which routes are the best value per mile
  - flights earning at least 15 cents a mile
keywords: [yield, cents per mile, per mile, fare per mile, value, revenue per mile, pricing,
           efficiency, flight, flights, route, routes]
params:
  min_cents_per_mile: {type: number, optional: true, min: 0, label: yield at least (cents per mile)}
owner: "@revenue-management"
---*/
SELECT
    flno,
    origin,
    destination,
    distance,
    price,
    ROUND(100 * price / distance, 2) AS cents_per_mile
FROM flight
WHERE distance > 0
{% if min_cents_per_mile is not none and min_cents_per_mile is not false %}AND 100 * price / distance >= :min_cents_per_mile
{% endif %}ORDER BY cents_per_mile, flno
