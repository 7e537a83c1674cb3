/*---
title: Bike usage
description: >
  Per bike: number of trips, total and longest ride time in seconds, and its last trip; most
  used first. Optionally for one bike, or counting only trips by riders from one zip code.
examples:
  - most used bikes
  - how much has bike 288 been ridden
  - bikes used by riders from 94107
  - fleet utilisation per bike
keywords: [bike, bikes, bicycle, fleet, usage, used, utilisation, utilization, ridden,
           mileage, total duration, longest, per bike, bike id]
params:
  bike_id: {type: int, optional: true, min: 1, max: 100000, label: bike id}
  zip_code: {type: string, optional: true, pattern: '^\d{5}$', label: rider zip code}
owner: "@bikeshare-ops"
---*/
SELECT
    t.bike_id,
    COUNT(*) AS trips,
    SUM(t.duration) AS total_seconds,
    MAX(t.duration) AS longest_trip_seconds,
    MAX(t.start_date) AS last_trip
FROM trip AS t
WHERE TRUE
{% if bike_id %}  AND t.bike_id = :bike_id
{% endif %}{% if zip_code %}  AND t.zip_code = :zip_code
{% endif %}GROUP BY t.bike_id
ORDER BY trips DESC, t.bike_id
