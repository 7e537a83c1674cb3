/*---
title: Routes by airport
description: >
  One row per airport on the route network: airport id, name, city, country, IATA code, the
  routes departing from it, the routes arriving at it, both together, and the airlines flying
  from it. Optionally only airports in one country or one city, and only the top N. By most
  departures (default), most arrivals, most routes in total, or airport name.
examples:
  - busiest airports by departures
  - which airport in Spain has the most arrivals
  - route counts for the airports of Tokyo
  - top 20 hubs by total routes
keywords: [airport, airports, hub, hubs, busiest, route, routes, departures, departing,
           depart, start, starts, source, origin, from, arrivals, arriving, arrive, end,
           ends, destination, to, per airport, by airport, each airport, most, top, city,
           country]
params:
  country: {type: string, optional: true, label: airport's country}
  city: {type: string, optional: true, label: airport's city}
  top: {type: int, optional: true, min: 1, max: 1000, label: top N airports}
  sort:
    type: choice
    choices: [most_departures, most_arrivals, most_routes, name]
    default: most_departures
    synonyms: {departures: most_departures, most departures: most_departures,
               source: most_departures, origin: most_departures,
               arrivals: most_arrivals, most arrivals: most_arrivals,
               destination: most_arrivals, total: most_routes, busiest: most_routes,
               most routes: most_routes, alphabetical: name, by name: name}
owner: "@route-analytics"
max_rows: 5000
---*/
WITH departures AS (
    SELECT src_apid AS apid, COUNT(*) AS departures, COUNT(DISTINCT alid) AS airlines
    FROM routes
    GROUP BY src_apid
),
arrivals AS (
    SELECT dst_apid AS apid, COUNT(*) AS arrivals
    FROM routes
    GROUP BY dst_apid
)
SELECT
    a.apid AS airport_id,
    a.name,
    a.city,
    a.country,
    a.iata,
    COALESCE(d.departures, 0) AS departures,
    COALESCE(v.arrivals, 0) AS arrivals,
    COALESCE(d.departures, 0) + COALESCE(v.arrivals, 0) AS total_routes,
    COALESCE(d.airlines, 0) AS airlines_departing
FROM airports AS a
LEFT JOIN departures AS d ON d.apid = a.apid
LEFT JOIN arrivals AS v ON v.apid = a.apid
WHERE (d.apid IS NOT NULL OR v.apid IS NOT NULL)
{% if country %}AND a.country = :country
{% endif %}{% if city %}AND a.city = :city
{% endif %}ORDER BY
{% if sort == 'most_arrivals' %}arrivals DESC, a.name, airport_id
{% elif sort == 'most_routes' %}total_routes DESC, a.name, airport_id
{% elif sort == 'name' %}a.name, airport_id
{% else %}departures DESC, a.name, airport_id
{% endif %}{% if top is not none and top is not false %}LIMIT :top
{% endif %}
