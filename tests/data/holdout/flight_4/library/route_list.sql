/*---
title: Route list
description: >
  One row per route: route id, airline name and code, the source airport (code, name, city,
  country), the destination airport (likewise) and whether it is a codeshare. Optionally one
  airline, routes from or to one country, one city or one airport (by name), or only
  codeshares. By route id.
examples:
  - list every route Aer Lingus flies
  - which routes go from Kenya to Uganda
  - show the routes out of Dubai
  - codeshare routes into Mexico
keywords: [route, routes, list, which, show, id, ids, airline, from, to, between, out of,
           into, source, destination, origin, country, city, airport, codeshare, domestic]
params:
  airline: {type: string, optional: true, label: airline name}
  from_country: {type: string, optional: true, label: country the routes start in}
  to_country: {type: string, optional: true, label: country the routes end in}
  from_city: {type: string, optional: true, label: city the routes start in}
  to_city: {type: string, optional: true, label: city the routes end in}
  from_airport: {type: string, optional: true, label: airport the routes start at (name)}
  to_airport: {type: string, optional: true, label: airport the routes end at (name)}
  codeshare_only: {type: bool, default: false}
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    r.rid AS route_id,
    al.name AS airline,
    r.airline AS airline_code,
    r.src_ap AS from_code,
    src.name AS from_airport,
    src.city AS from_city,
    src.country AS from_country,
    r.dst_ap AS to_code,
    dst.name AS to_airport,
    dst.city AS to_city,
    dst.country AS to_country,
    COALESCE(r.codeshare, 'N') AS codeshare
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
{% endif %}{% if codeshare_only %}AND r.codeshare = 'Y'
{% endif %}ORDER BY r.rid
