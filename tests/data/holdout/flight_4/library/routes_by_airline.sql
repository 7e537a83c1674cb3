/*---
title: Routes by airline
description: >
  One row per airline that flies routes: airline id, name, IATA code, home country, the
  routes it operates, the airports they start from and go to, and how many are codeshares.
  Optionally only airlines based in one country, and only the top N. By most routes (default)
  or airline name.
examples:
  - which carriers run the most routes
  - top 5 airlines by route count
  - route counts for airlines based in Germany
  - how many routes does each airline fly
keywords: [airline, airlines, carrier, carriers, route, routes, operate, operates, operated,
           run, runs, fly, flies, network, per airline, by airline, each airline, most, top,
           biggest, largest, country, based, codeshare]
params:
  country: {type: string, optional: true, label: airline's home country}
  top: {type: int, optional: true, min: 1, max: 1000, label: top N airlines}
  sort:
    type: choice
    choices: [most_routes, name]
    default: most_routes
    synonyms: {most: most_routes, most routes: most_routes, top: most_routes,
               biggest: most_routes, largest: most_routes, alphabetical: name, by name: name}
owner: "@route-analytics"
max_rows: 5000
---*/
SELECT
    al.alid AS airline_id,
    al.name AS airline,
    al.iata,
    al.country,
    COUNT(*) AS routes,
    COUNT(DISTINCT r.src_apid) AS source_airports,
    COUNT(DISTINCT r.dst_apid) AS destination_airports,
    COUNT(*) FILTER (WHERE r.codeshare = 'Y') AS codeshare_routes
FROM routes AS r
JOIN airlines AS al ON al.alid = r.alid
WHERE 1 = 1
{% if country %}AND al.country = :country
{% endif %}GROUP BY al.alid, al.name, al.iata, al.country
ORDER BY
{% if sort == 'name' %}airline, airline_id
{% else %}routes DESC, airline, airline_id
{% endif %}{% if top is not none and top is not false %}LIMIT :top
{% endif %}
