/*---
title: Average delay on a route
description: Average departure delay between two cities.
examples:
  - average delay from Aberdeen to Galway
  - delays on the inverness to galway route
params:
  from_city: {type: string}
  to_city: {type: string}
---*/
SELECT AVG(f.delay_min) AS avg_delay
FROM flights AS f
JOIN airports AS dep ON dep.iata = f.origin
JOIN airports AS arr ON arr.iata = f.dest
WHERE dep.city = :from_city AND arr.city = :to_city
