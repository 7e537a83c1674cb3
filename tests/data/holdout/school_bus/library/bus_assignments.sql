/*---
title: School bus assignments
description: >
  One row per school bus (a driver assigned to a school): school, school type, driver,
  driver's age and home city, years working and whether the job is full time. Optionally
  one school or driver, full-time or part-time only, or at least so many years working.
  Longest working first (default), shortest first, or by school or driver.
examples:
  - which driver drives for which school
  - part-time bus drivers
  - who has worked the longest on a school bus
  - buses with drivers working 5+ years
keywords: [school bus, school buses, bus, buses, assignment, assignments, route, routes,
           driver, drives, driving, school, years working, years, experience, tenure,
           longest, full time, full-time, part time, part-time]
params:
  school: {type: string, optional: true}
  driver: {type: string, optional: true, label: driver's name}
  full_time:
    type: choice
    choices: [any, full_time, part_time]
    default: any
    synonyms: {full time: full_time, full-time: full_time, fulltime: full_time,
               part time: part_time, part-time: part_time, parttime: part_time}
  min_years: {type: int, optional: true, min: 0, max: 100, label: at least this many years working}
  sort:
    type: choice
    choices: [longest, shortest, school, driver]
    default: longest
    synonyms: {most experienced: longest, longest working: longest, years working: longest,
               least experienced: shortest, newest: shortest, by school: school,
               by driver: driver}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@transport-ops"
---*/
SELECT s.School AS school, s.Type AS school_type, d.Name AS driver, d.Age AS driver_age,
       d.Home_city AS home_city, b.Years_Working AS years_working,
       CASE b.If_full_time WHEN 'T' THEN 'yes' WHEN 'F' THEN 'no' END AS full_time
FROM school_bus AS b
JOIN school AS s ON s.School_ID = b.School_ID
JOIN driver AS d ON d.Driver_ID = b.Driver_ID
WHERE 1 = 1
{% if school %}AND s.School = :school
{% endif %}{% if driver %}AND d.Name = :driver
{% endif %}{% if full_time == 'full_time' %}AND b.If_full_time = 'T'
{% elif full_time == 'part_time' %}AND b.If_full_time = 'F'
{% endif %}{% if min_years is not none and min_years is not false %}AND b.Years_Working >= :min_years
{% endif %}ORDER BY
{% if sort == 'shortest' %}b.Years_Working, d.Name
{% elif sort == 'school' %}s.School, d.Name
{% elif sort == 'driver' %}d.Name
{% else %}b.Years_Working DESC, d.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
