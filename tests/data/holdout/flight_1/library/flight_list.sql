/*---
title: Flight schedule
description: >
  Every scheduled flight: flight number, origin and destination city, distance in miles,
  departure and arrival date and time, fare, and the aircraft flying it (id and model name).
  Optionally one flight number, an origin, a destination, an aircraft model, a distance window
  or a fare above or below an amount; sorted by flight number (default), origin city A-Z,
  cheapest or dearest fare, shortest or longest distance, or departure time; cut to the first n.
examples:
  - the flight schedule
  - flights out of Chicago
  - what lands in New York
  - details of flight 387
  - flights operated by the Boeing 777-300
  - fares under 250
  - trips of at least 3000 miles
  - the two longest flights
keywords: [flight, flights, flight number, flight numbers, flno, schedule, route, routes, trip,
           trips, origin, from, departing, departure, leaving, out of, destination, to, arriving,
           arrival, headed, bound, lands, city, cities, distance, miles, long, short, fare,
           fares, price, prices, ticket, cost, expensive, cheap, aircraft, plane, date, dates,
           time, how many]
params:
  flight_number: {type: int, optional: true, min: 1, label: flight number}
  origin: {type: string, optional: true, label: departure city}
  destination: {type: string, optional: true, label: arrival city}
  aircraft: {type: string, optional: true, label: aircraft model name}
  min_distance: {type: int, optional: true, min: 0, label: distance at least this many miles}
  max_distance: {type: int, optional: true, min: 0, label: distance at most this many miles}
  price_above: {type: number, optional: true, min: 0, label: fare more than}
  price_below: {type: number, optional: true, min: 0, label: fare less than}
  sort:
    type: choice
    choices: [flight_number, origin, cheapest, most_expensive, shortest, longest, departure]
    default: flight_number
    synonyms: {by number: flight_number, by origin: origin, origin city: origin,
               lowest fare: cheapest, cheapest first: cheapest, price ascending: cheapest,
               highest fare: most_expensive, priciest: most_expensive, dearest: most_expensive,
               price descending: most_expensive, shortest first: shortest,
               longest first: longest, by departure: departure, earliest: departure}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n flights}
owner: "@flight-ops-analytics"
---*/
SELECT
    f.flno,
    f.origin,
    f.destination,
    f.distance,
    f.departure_date,
    f.arrival_date,
    f.price,
    f.aid,
    a.name AS aircraft
FROM flight AS f
LEFT JOIN aircraft AS a ON a.aid = f.aid
WHERE 1 = 1
{% if flight_number is not none and flight_number is not false %}AND f.flno = :flight_number
{% endif %}{% if origin %}AND f.origin = :origin
{% endif %}{% if destination %}AND f.destination = :destination
{% endif %}{% if aircraft %}AND a.name = :aircraft
{% endif %}{% if min_distance is not none and min_distance is not false %}AND f.distance >= :min_distance
{% endif %}{% if max_distance is not none and max_distance is not false %}AND f.distance <= :max_distance
{% endif %}{% if price_above is not none and price_above is not false %}AND f.price > :price_above
{% endif %}{% if price_below is not none and price_below is not false %}AND f.price < :price_below
{% endif %}ORDER BY
{% if sort == 'origin' %}f.origin, f.flno
{% elif sort == 'cheapest' %}f.price, f.flno
{% elif sort == 'most_expensive' %}f.price DESC, f.flno
{% elif sort == 'shortest' %}f.distance, f.flno
{% elif sort == 'longest' %}f.distance DESC, f.flno
{% elif sort == 'departure' %}f.departure_date, f.flno
{% else %}f.flno
{% endif %}{% if n %}LIMIT :n
{% endif %}
