/*---
title: Range coverage of the schedule
description: >
  For each scheduled flight, whether the aircraft assigned to it has the range for the trip
  (its range minus the flight distance, the margin) and how many aircraft types in the fleet
  could fly that distance at all. Tightest margin first.
examples:
  - range margin of the assigned plane on each flight
  - which trips are near the limit of their aircraft
  - how many of our models could operate each route
keywords: [range, margin, coverage, capable, capability, limit, feasible, assigned, swap,
           substitute, alternatives, could fly, fleet, aircraft, route, routes, flight, flights]
owner: "@flight-ops-analytics"
---*/
SELECT
    f.flno,
    f.origin,
    f.destination,
    f.distance AS flight_distance,
    a.name AS assigned_aircraft,
    a.distance AS aircraft_range,
    a.distance - f.distance AS range_margin,
    (SELECT COUNT(*) FROM aircraft AS other WHERE other.distance >= f.distance) AS capable_types
FROM flight AS f
JOIN aircraft AS a ON a.aid = f.aid
ORDER BY range_margin, f.flno
