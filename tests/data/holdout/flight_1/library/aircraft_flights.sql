/*---
title: Flights per aircraft
description: >
  How much each aircraft type is used on the schedule: aircraft id, model name, number of
  scheduled flights, total and longest flight distance, every aircraft included (zero flights
  too). Optionally only aircraft with at least so many flights; busiest first (default) or by
  model name.
examples:
  - how busy is each plane on the schedule
  - aircraft utilisation
  - models that operate 3 or more flights
  - flight count by aircraft type
keywords: [aircraft, aircrafts, airplane, airplanes, plane, planes, model, models, type, fleet,
           flights, flight count, scheduled, schedule, operate, operates, operated, used, usage,
           utilisation, utilization, busy, busiest, each, per aircraft, number of flights]
params:
  min_flights: {type: int, optional: true, min: 0, label: at least this many flights}
  sort:
    type: choice
    choices: [most_flights, name]
    default: most_flights
    synonyms: {busiest: most_flights, most used: most_flights, alphabetical: name,
               by model: name}
owner: "@flight-ops-analytics"
---*/
SELECT
    a.aid,
    a.name,
    COUNT(f.flno) AS flights,
    COALESCE(SUM(f.distance), 0) AS total_flight_distance,
    MAX(f.distance) AS longest_flight_distance
FROM aircraft AS a
LEFT JOIN flight AS f ON f.aid = a.aid
GROUP BY a.aid, a.name
HAVING 1 = 1
{% if min_flights is not none and min_flights is not false %}AND COUNT(f.flno) >= :min_flights
{% endif %}ORDER BY
{% if sort == 'name' %}a.name, a.aid
{% else %}flights DESC, a.name
{% endif %}
