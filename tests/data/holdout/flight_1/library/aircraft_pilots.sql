/*---
title: Certified pilots per aircraft
description: >
  For each aircraft type, how many employees hold a certificate to fly it: aircraft id, model
  name, range in miles, number of certified pilots and their average salary, every aircraft
  included (zero pilots too). Optionally only aircraft with at least a given range or at least
  so many certified pilots; most certified pilots first (default), fewest first, or by name.
examples:
  - pilot coverage for each model
  - which planes have the thinnest bench of qualified crew
  - types with 4 or more rated pilots
  - long-haul models (7000+ miles) and how many people can fly them
keywords: [aircraft, aircrafts, airplane, plane, planes, model, models, type, fleet, pilot,
           pilots, crew, certified, certificate, certificates, certification, qualified, rated,
           licence, license, people, employees, can fly, coverage, range, distance, fewest,
           least, most, per aircraft]
params:
  min_distance: {type: int, optional: true, min: 0, label: range at least this many miles}
  min_pilots: {type: int, optional: true, min: 0, label: at least this many certified pilots}
  sort:
    type: choice
    choices: [most_pilots, fewest_pilots, name]
    default: most_pilots
    synonyms: {most: most_pilots, best covered: most_pilots, fewest: fewest_pilots,
               least: fewest_pilots, least covered: fewest_pilots, alphabetical: name}
owner: "@crew-planning"
---*/
SELECT
    a.aid,
    a.name,
    a.distance,
    COUNT(c.eid) AS certified_pilots,
    ROUND(AVG(e.salary), 2) AS avg_pilot_salary
FROM aircraft AS a
LEFT JOIN certificate AS c ON c.aid = a.aid
LEFT JOIN employee AS e ON e.eid = c.eid
WHERE 1 = 1
{% if min_distance is not none and min_distance is not false %}AND a.distance >= :min_distance
{% endif %}GROUP BY a.aid, a.name, a.distance
HAVING 1 = 1
{% if min_pilots is not none and min_pilots is not false %}AND COUNT(c.eid) >= :min_pilots
{% endif %}ORDER BY
{% if sort == 'fewest_pilots' %}certified_pilots, a.name
{% elif sort == 'name' %}a.name, a.aid
{% else %}certified_pilots DESC, a.name
{% endif %}
