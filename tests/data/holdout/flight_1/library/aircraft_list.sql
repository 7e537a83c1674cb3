/*---
title: Fleet list
description: >
  Every aircraft type in the fleet: aircraft id, model name and range (the distance in miles it
  can fly without refuelling). Optionally one aircraft by id or by model name, or a range window;
  sorted by model name (default), longest range first or shortest range first; cut to the first n.
examples:
  - list our planes with their range
  - which models can fly at least 6000 miles
  - range of the Tupolev 154
  - details of aircraft 7
  - the 5 longest-range planes in the fleet
keywords: [aircraft, aircrafts, airplane, airplanes, plane, planes, fleet, model, models, type,
           types, jet, jets, range, distance, miles, cover, fly, longest, shortest, id, ids,
           name, names, how many]
params:
  aircraft_id: {type: int, optional: true, min: 1, label: aircraft id}
  aircraft: {type: string, optional: true, label: aircraft model name}
  min_distance: {type: int, optional: true, min: 0, label: range at least this many miles}
  max_distance: {type: int, optional: true, min: 0, label: range at most this many miles}
  sort:
    type: choice
    choices: [name, longest_range, shortest_range]
    default: name
    synonyms: {alphabetical: name, a to z: name, by model: name, longest: longest_range,
               farthest: longest_range, greatest range: longest_range,
               range descending: longest_range, shortest: shortest_range,
               smallest range: shortest_range, range ascending: shortest_range}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n aircraft}
owner: "@flight-ops-analytics"
---*/
SELECT
    a.aid,
    a.name,
    a.distance
FROM aircraft AS a
WHERE 1 = 1
{% if aircraft_id is not none and aircraft_id is not false %}AND a.aid = :aircraft_id
{% endif %}{% if aircraft %}AND a.name = :aircraft
{% endif %}{% if min_distance is not none and min_distance is not false %}AND a.distance >= :min_distance
{% endif %}{% if max_distance is not none and max_distance is not false %}AND a.distance <= :max_distance
{% endif %}ORDER BY
{% if sort == 'longest_range' %}a.distance DESC, a.name
{% elif sort == 'shortest_range' %}a.distance, a.name
{% else %}a.name, a.aid
{% endif %}{% if n %}LIMIT :n
{% endif %}
