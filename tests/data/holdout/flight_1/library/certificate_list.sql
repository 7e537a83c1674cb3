/*---
title: Type ratings (certificates)
description: >
  One row per certificate: which employee (id, name) is certified to fly which aircraft type
  (id, model name, range in miles). Optionally one employee's certificates by name, or the
  holders of one aircraft type's certificate by model name; sorted by employee (default) or by
  aircraft.
examples:
  - who is rated on which plane
  - certificates held by Lisa Walker
  - pilots qualified for the Embraer ERJ-145
  - type ratings list grouped by aircraft
keywords: [certificate, certificates, certification, certified, rating, ratings, type rating,
           qualified, qualification, licence, license, licensed, holds, holder, holders, can fly,
           able to fly, pilot, pilots, employee, employees, aircraft, plane, planes, model]
params:
  employee: {type: string, optional: true, label: employee name}
  aircraft: {type: string, optional: true, label: aircraft model name}
  sort:
    type: choice
    choices: [employee, aircraft]
    default: employee
    synonyms: {by employee: employee, by pilot: employee, by person: employee,
               by aircraft: aircraft, by plane: aircraft, by model: aircraft}
owner: "@crew-planning"
---*/
SELECT
    e.eid,
    e.name AS employee,
    a.aid,
    a.name AS aircraft,
    a.distance AS aircraft_range
FROM certificate AS c
JOIN employee AS e ON e.eid = c.eid
JOIN aircraft AS a ON a.aid = c.aid
WHERE 1 = 1
{% if employee %}AND e.name = :employee
{% endif %}{% if aircraft %}AND a.name = :aircraft
{% endif %}ORDER BY
{% if sort == 'aircraft' %}a.name, e.name
{% else %}e.name, a.name
{% endif %}
