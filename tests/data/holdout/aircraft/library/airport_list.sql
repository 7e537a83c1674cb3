/*---
title: Airports and their traffic
description: >
  One row per airport: name, total, international, domestic and transit passengers, the
  change in passengers against 2007, aircraft movements and freight (metric tonnes).
  Optionally one airport, airports whose name contains a word (such as a city), or
  thresholds on total passengers (more than / fewer than). Sorted by total passengers
  (default, busiest first), or by international, domestic or transit passengers, aircraft
  movements, freight, or name.
examples:
  - list the airports with their passenger numbers
  - busiest airports by total passengers
  - which airport handles the most freight
  - airports with more than 10 million passengers
  - traffic figures for London Gatwick
keywords: [airport, airports, passengers, passenger, traffic, busiest, international,
           domestic, transit, aircraft movements, movements, flights, freight, cargo, tonnes,
           change, growth, 2007]
params:
  airport: {type: string, optional: true, label: airport name}
  name_contains: {type: string, optional: true, label: word in the airport name}
  min_passengers: {type: number, optional: true, label: total passengers above}
  max_passengers: {type: number, optional: true, label: total passengers below}
  sort:
    type: choice
    choices: [total_passengers, international, domestic, transit, movements, freight, name]
    default: total_passengers
    synonyms: {busiest: total_passengers, passengers: total_passengers,
               total passengers: total_passengers, international passengers: international,
               domestic passengers: domestic, transit passengers: transit,
               aircraft movements: movements, flights: movements, cargo: freight,
               freight: freight, alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@aviation-analytics"
---*/
SELECT a.Airport_ID AS airport_id, a.Airport_Name AS airport, a.Total_Passengers AS total_passengers,
       a."%_Change_2007" AS change_2007, a.International_Passengers AS international_passengers,
       a.Domestic_Passengers AS domestic_passengers, a.Transit_Passengers AS transit_passengers,
       a.Aircraft_Movements AS aircraft_movements, a.Freight_Metric_Tonnes AS freight_tonnes
FROM airport AS a
WHERE 1 = 1
{% if airport %}AND a.Airport_Name = :airport
{% endif %}{% if name_contains %}AND a.Airport_Name ILIKE '%' || :name_contains || '%'
{% endif %}{% if min_passengers is not none and min_passengers is not false %}AND a.Total_Passengers > :min_passengers
{% endif %}{% if max_passengers is not none and max_passengers is not false %}AND a.Total_Passengers < :max_passengers
{% endif %}ORDER BY
{% if sort == 'international' %}a.International_Passengers DESC
{% elif sort == 'domestic' %}a.Domestic_Passengers DESC
{% elif sort == 'transit' %}a.Transit_Passengers DESC
{% elif sort == 'movements' %}a.Aircraft_Movements DESC
{% elif sort == 'freight' %}a.Freight_Metric_Tonnes DESC
{% elif sort == 'name' %}a.Airport_Name
{% else %}a.Total_Passengers DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
