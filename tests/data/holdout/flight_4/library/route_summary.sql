/*---
title: Route summary
description: >
  One row of route totals: how many routes, flown by how many airlines, from how many source
  airports to how many destination airports, and how many are codeshares. Optionally only one
  airline's routes, routes from or to one country, one city or one airport (by name).
examples:
  - how many routes does Lufthansa fly
  - number of routes from France to Morocco
  - how many routes land at Heathrow
  - routes out of Sydney in total
  - how many destinations does Qantas serve
keywords: [route, routes, how many, number, count, total, airline, operated, operate, flies,
           fly, from, to, into, out of, between, land, end, start, destination, destinations,
           source, origin, country, city, airport, codeshare, summary, different, distinct]
params:
  airline: {type: string, optional: true, label: airline name}
  from_country: {type: string, optional: true, label: country the routes start in}
  to_country: {type: string, optional: true, label: country the routes end in}
  from_city: {type: string, optional: true, label: city the routes start in}
  to_city: {type: string, optional: true, label: city the routes end in}
  from_airport: {type: string, optional: true, label: airport the routes start at (name)}
  to_airport: {type: string, optional: true, label: airport the routes end at (name)}
owner: "@route-analytics"
---*/
SELECT
    COUNT(*) AS routes,
    COUNT(DISTINCT r.alid) AS airlines,
    COUNT(DISTINCT r.src_apid) AS source_airports,
    COUNT(DISTINCT r.dst_apid) AS destination_airports,
    COUNT(*) FILTER (WHERE r.codeshare = 'Y') AS codeshare_routes
FROM routes AS r
LEFT JOIN airlines AS al ON al.alid = r.alid
LEFT JOIN airports AS src ON src.apid = r.src_apid
LEFT JOIN airports AS dst ON dst.apid = r.dst_apid
WHERE 1 = 1
{% if airline %}AND al.name = :airline
{% endif %}{% if from_country %}AND src.country = :from_country
{% endif %}{% if to_country %}AND dst.country = :to_country
{% endif %}{% if from_city %}AND src.city = :from_city
{% endif %}{% if to_city %}AND dst.city = :to_city
{% endif %}{% if from_airport %}AND src.name = :from_airport
{% endif %}{% if to_airport %}AND dst.name = :to_airport
{% endif %}
