/*---
title: Trip log
description: >
  Individual trips: id, duration in seconds, start and end time, start station (id, name,
  city, latitude, longitude), end station, bike id, subscription type and the rider's zip
  code. Filters: bike, zip code, start or end station, duration below or above a number of
  seconds, subscription type. Sorted by trip id unless asked shortest or longest first;
  optionally only the first N.
examples:
  - trips of bike 288
  - the 10 longest rides
  - rides starting at Market at 4th
  - trips under 2 minutes
  - casual customer trips from zip 94107
  - first trips on record
keywords: [trip, trips, ride, rides, journey, journeys, log, duration, seconds, long,
           longest, short, shortest, bike, bike id, start, started, end, ended, station,
           subscriber, customer, zip, zip code]
params:
  bike_id: {type: int, optional: true, min: 1, max: 100000, label: bike id}
  zip_code: {type: string, optional: true, pattern: '^\d{5}$', label: rider zip code}
  start_station: {type: string, optional: true}
  end_station: {type: string, optional: true}
  duration_below: {type: int, optional: true, min: 0, label: shorter than N seconds}
  duration_above: {type: int, optional: true, min: 0, label: longer than N seconds}
  subscription:
    type: choice
    choices: [Subscriber, Customer]
    optional: true
    synonyms: {subscribers: Subscriber, members: Subscriber, member: Subscriber,
               customers: Customer, casual: Customer, casual riders: Customer}
  sort:
    type: choice
    choices: [id, shortest, longest]
    default: id
    synonyms: {oldest: id, first: id, quickest: shortest, longer: longest}
  n: {type: int, optional: true, min: 1, max: 10000, label: how many trips}
owner: "@bikeshare-ops"
---*/
SELECT
    t.id AS trip_id,
    t.duration AS duration_seconds,
    t.start_date AS started_at,
    t.start_station_id,
    t.start_station_name,
    s.city AS start_city,
    s.lat AS start_latitude,
    s.long AS start_longitude,
    t.end_date AS ended_at,
    t.end_station_id,
    t.end_station_name,
    t.bike_id,
    t.subscription_type,
    t.zip_code
FROM trip AS t
LEFT JOIN station AS s ON s.id = t.start_station_id
WHERE TRUE
{% if bike_id %}  AND t.bike_id = :bike_id
{% endif %}{% if zip_code %}  AND t.zip_code = :zip_code
{% endif %}{% if start_station %}  AND t.start_station_name = :start_station
{% endif %}{% if end_station %}  AND t.end_station_name = :end_station
{% endif %}{% if duration_below %}  AND t.duration < :duration_below
{% endif %}{% if duration_above %}  AND t.duration > :duration_above
{% endif %}{% if subscription %}  AND t.subscription_type = :subscription
{% endif %}ORDER BY
{% if sort == 'shortest' %}    t.duration, t.id
{% elif sort == 'longest' %}    t.duration DESC, t.id
{% else %}    t.id
{% endif %}{% if n %}LIMIT :n
{% endif %}
