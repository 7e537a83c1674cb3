/*---
title: Flights per city
description: >
  The number of scheduled flights per origin city (default) or per destination city, with the
  average distance and average fare of those flights. Most flights first (default), fewest
  first, or by city name.
examples:
  - departures per city
  - how many flights land in each city
  - average fare by departure city
  - quietest destinations
keywords: [flights, flight count, number of flights, city, cities, place, places, airport,
           origin, origins, from, departures, departing, destination, destinations, to,
           arrivals, arriving, each, per city, average, avg, mean, distance, fare, price,
           busiest, most, fewest, least, quietest]
params:
  by:
    type: choice
    choices: [origin, destination]
    default: origin
    synonyms: {from: origin, departure: origin, departures: origin, departing: origin,
               origins: origin, to: destination, arrival: destination, arrivals: destination,
               arriving: destination, destinations: destination, headed: destination}
  sort:
    type: choice
    choices: [most_flights, fewest_flights, city]
    default: most_flights
    synonyms: {busiest: most_flights, most: most_flights, fewest: fewest_flights,
               least: fewest_flights, quietest: fewest_flights, alphabetical: city,
               by name: city}
owner: "@flight-ops-analytics"
---*/
SELECT
    {% if by == 'destination' %}destination{% else %}origin{% endif %} AS city,
    COUNT(*) AS flights,
    ROUND(AVG(distance), 2) AS avg_distance,
    ROUND(AVG(price), 2) AS avg_price
FROM flight
GROUP BY city
ORDER BY
{% if sort == 'fewest_flights' %}flights, city
{% elif sort == 'city' %}city
{% else %}flights DESC, city
{% endif %}
