/*---
title: School bus overview
description: >
  One row for the whole operation: number of drivers, schools and school buses, full-time
  and part-time buses, drivers without a bus, schools without a bus, drivers' youngest,
  oldest and average age, and the fewest, most and average years working on a bus.
examples:
  - how many drivers do we have in total
  - headline numbers for the school bus program
  - average years of service of bus drivers
keywords: [how many, total, number of, count, overview, summary, headline, kpi, drivers,
           schools, buses, minimum, maximum, average, min, max, mean, years working,
           years of service, experience, age]
params: {}
owner: "@transport-ops"
---*/
SELECT (SELECT COUNT(*) FROM driver) AS drivers,
       (SELECT COUNT(*) FROM school) AS schools,
       (SELECT COUNT(*) FROM school_bus) AS buses,
       (SELECT COUNT(*) FROM school_bus WHERE If_full_time = 'T') AS full_time_buses,
       (SELECT COUNT(*) FROM school_bus WHERE If_full_time = 'F') AS part_time_buses,
       (SELECT COUNT(*) FROM driver WHERE Driver_ID NOT IN (SELECT Driver_ID FROM school_bus)) AS drivers_without_bus,
       (SELECT COUNT(*) FROM school WHERE School_ID NOT IN (SELECT School_ID FROM school_bus)) AS schools_without_bus,
       (SELECT MIN(Age) FROM driver) AS youngest_driver_age,
       (SELECT MAX(Age) FROM driver) AS oldest_driver_age,
       (SELECT ROUND(AVG(Age), 1) FROM driver) AS average_driver_age,
       (SELECT MIN(Years_Working) FROM school_bus) AS fewest_years_working,
       (SELECT MAX(Years_Working) FROM school_bus) AS most_years_working,
       (SELECT ROUND(AVG(Years_Working), 2) FROM school_bus) AS average_years_working
