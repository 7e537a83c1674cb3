/*---
title: Schools
description: >
  One row per school: name, grades, location, type, how many school buses serve it and
  their drivers. Optionally one type or location, or only schools with or without a bus.
  Sorted by school id (default) or name.
examples:
  - list all schools with their type and location
  - private schools
  - schools in Honolulu, Hawaii
  - which schools have no school bus
keywords: [school, schools, grade, grades, location, where, type, public, private,
           catholic, served, buses, without a bus, no bus]
params:
  school_type: {type: string, optional: true, label: school type}
  location: {type: string, optional: true}
  bus:
    type: choice
    choices: [any, with_bus, without_bus]
    default: any
    synonyms: {served: with_bus, has a bus: with_bus, with a bus: with_bus,
               no bus: without_bus, without a bus: without_bus, unserved: without_bus}
  sort:
    type: choice
    choices: [id, name]
    default: id
    synonyms: {alphabetical: name, by name: name}
owner: "@transport-ops"
---*/
SELECT s.School_ID AS school_id, s.School AS school, s.Grade AS grade, s.Location AS location,
       s.Type AS type, COUNT(b.Driver_ID) AS buses,
       string_agg(d.Name, ', ' ORDER BY d.Name) AS drivers
FROM school AS s
LEFT JOIN school_bus AS b ON b.School_ID = s.School_ID
LEFT JOIN driver AS d ON d.Driver_ID = b.Driver_ID
WHERE 1 = 1
{% if school_type %}AND s.Type = :school_type
{% endif %}{% if location %}AND s.Location = :location
{% endif %}GROUP BY s.School_ID, s.School, s.Grade, s.Location, s.Type
{% if bus == 'with_bus' %}HAVING COUNT(b.Driver_ID) > 0
{% elif bus == 'without_bus' %}HAVING COUNT(b.Driver_ID) = 0
{% endif %}ORDER BY
{% if sort == 'name' %}s.School
{% else %}s.School_ID
{% endif %}
