/*---
title: Schools by state
description: >
  Schools grouped by the state in their location (DE, PA, RI, NJ, NY): how many schools,
  total enrollment and the schools' names. By state code.
examples:
  - schools per state
  - how many universities in each state
  - enrollment by state
keywords: [state, states, per state, each state, by state, location, region, geography,
           where, how many schools]
params: {}
owner: "@athletics-analytics"
---*/
SELECT split_part(Location, ', ', 2) AS state, COUNT(*) AS schools,
       SUM(Enrollment) AS total_enrollment, string_agg(School, '; ' ORDER BY School) AS school_names
FROM university
GROUP BY split_part(Location, ', ', 2)
ORDER BY state
