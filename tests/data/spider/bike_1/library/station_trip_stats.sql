/*---
title: Trips per station
description: >
  Per station: trips started and ended there, the average duration of trips started there,
  the shortest trip that ended there, with the station's city, latitude, longitude and
  docks; busiest first. Optionally for one city, or only stations where at least N trips
  started.
examples:
  - busiest stations
  - trips started and ended per station
  - average ride length from each station
  - stations in San Jose by number of departures
  - stations with 50 or more departures
keywords: [station, stations, busiest, busy, departures, arrivals, started, ended, trips per
           station, usage, average duration, shortest, demand]
params:
  city: {type: string, optional: true}
  min_trips_started: {type: int, optional: true, min: 1, max: 1000000,
                      label: at least N trips started}
owner: "@bikeshare-ops"
---*/
WITH started AS (
    SELECT start_station_id AS station_id, COUNT(*) AS trips_started,
           ROUND(AVG(duration), 1) AS average_duration_started
    FROM trip
    GROUP BY start_station_id
),
ended AS (
    SELECT end_station_id AS station_id, COUNT(*) AS trips_ended,
           MIN(duration) AS shortest_trip_ended
    FROM trip
    GROUP BY end_station_id
)
SELECT
    s.id AS station_id,
    s.name AS station,
    s.city,
    s.lat AS latitude,
    s.long AS longitude,
    s.dock_count AS docks,
    COALESCE(st.trips_started, 0) AS trips_started,
    st.average_duration_started,
    COALESCE(en.trips_ended, 0) AS trips_ended,
    en.shortest_trip_ended
FROM station AS s
LEFT JOIN started AS st ON st.station_id = s.id
LEFT JOIN ended AS en ON en.station_id = s.id
WHERE TRUE
{% if city %}  AND s.city = :city
{% endif %}{% if min_trips_started %}  AND COALESCE(st.trips_started, 0) >= :min_trips_started
{% endif %}ORDER BY trips_started DESC, s.name
