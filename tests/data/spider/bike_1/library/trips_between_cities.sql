/*---
title: Trips between cities
description: >
  Number of trips and average duration for each pair of start city and end city (from the
  stations' cities). Optionally for one start city and/or one end city.
examples:
  - trips from San Francisco to San Jose
  - flows between cities
  - how many rides end in Redwood City
  - intercity trips matrix
keywords: [between, from, to, flow, flows, commute, intercity, origin, destination, od,
           start city, end city, cities, trips]
params:
  start_city: {type: string, optional: true}
  end_city: {type: string, optional: true}
owner: "@bikeshare-ops"
---*/
SELECT
    a.city AS start_city,
    b.city AS end_city,
    COUNT(*) AS trips,
    ROUND(AVG(t.duration), 1) AS average_duration_seconds
FROM trip AS t
JOIN station AS a ON a.id = t.start_station_id
JOIN station AS b ON b.id = t.end_station_id
WHERE TRUE
{% if start_city %}  AND a.city = :start_city
{% endif %}{% if end_city %}  AND b.city = :end_city
{% endif %}GROUP BY a.city, b.city
ORDER BY trips DESC
