/*---
title: Bus drivers
description: >
  One row per driver: name, party, home city, age, and the school bus they drive (school,
  years working, full time or not), if any. Optionally drivers of one party or home city,
  older than / younger than an age (strict), or only drivers with or without a bus.
  Sorted by name (default), oldest first, youngest first, or longest working first.
examples:
  - list all drivers with their home town and age
  - democratic drivers older than 45
  - which drivers don't drive a bus yet
  - drivers from Bethel
keywords: [driver, drivers, name, names, party, home city, home town, hometown, city, from,
           age, old, older, younger, oldest, youngest, assigned, unassigned, bus, without a bus]
params:
  party: {type: string, optional: true}
  home_city: {type: string, optional: true, label: home city}
  older_than: {type: int, optional: true, min: 0, max: 120, label: older than (age)}
  younger_than: {type: int, optional: true, min: 1, max: 120, label: younger than (age)}
  bus:
    type: choice
    choices: [any, with_bus, without_bus]
    default: any
    synonyms: {assigned: with_bus, driving: with_bus, has a bus: with_bus,
               unassigned: without_bus, no bus: without_bus, without a bus: without_bus,
               not driving: without_bus}
  sort:
    type: choice
    choices: [name, oldest, youngest, years_working]
    default: name
    synonyms: {alphabetical: name, age: oldest, by age: oldest, oldest first: oldest,
               descending age: oldest, youngest first: youngest, experience: years_working,
               longest working: years_working, most experienced: years_working}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@transport-ops"
---*/
SELECT d.Driver_ID AS driver_id, d.Name AS name, d.Party AS party, d.Home_city AS home_city,
       d.Age AS age, s.School AS school, b.Years_Working AS years_working,
       CASE b.If_full_time WHEN 'T' THEN 'yes' WHEN 'F' THEN 'no' END AS full_time
FROM driver AS d
LEFT JOIN school_bus AS b ON b.Driver_ID = d.Driver_ID
LEFT JOIN school AS s ON s.School_ID = b.School_ID
WHERE 1 = 1
{% if party %}AND d.Party = :party
{% endif %}{% if home_city %}AND d.Home_city = :home_city
{% endif %}{% if older_than is not none and older_than is not false %}AND d.Age > :older_than
{% endif %}{% if younger_than %}AND d.Age < :younger_than
{% endif %}{% if bus == 'with_bus' %}AND b.Driver_ID IS NOT NULL
{% elif bus == 'without_bus' %}AND b.Driver_ID IS NULL
{% endif %}ORDER BY
{% if sort == 'oldest' %}d.Age DESC, d.Name
{% elif sort == 'youngest' %}d.Age, d.Name
{% elif sort == 'years_working' %}b.Years_Working DESC NULLS LAST, d.Name
{% else %}d.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
