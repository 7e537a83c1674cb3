/*---
title: Drivers by age band
description: >
  Drivers counted per age band (under 35, 35-39, 40-44, 45-49, 50 and over), with how many
  of them drive a bus. Optionally one party or home city.
examples:
  - age profile of our drivers
  - how many drivers are in their 40s
  - age distribution of drivers in Hartford
keywords: [age band, age bands, age group, age groups, age profile, age distribution,
           bracket, brackets, in their 30s, in their 40s, 50 and over, histogram]
params:
  party: {type: string, optional: true}
  home_city: {type: string, optional: true, label: home city}
owner: "@transport-ops"
---*/
SELECT CASE WHEN d.Age < 35 THEN '1: under 35' WHEN d.Age < 40 THEN '2: 35-39'
            WHEN d.Age < 45 THEN '3: 40-44' WHEN d.Age < 50 THEN '4: 45-49'
            ELSE '5: 50 and over' END AS age_band,
       COUNT(*) AS drivers,
       COUNT(b.Driver_ID) AS drivers_with_bus
FROM driver AS d
LEFT JOIN (SELECT DISTINCT Driver_ID FROM school_bus) AS b ON b.Driver_ID = d.Driver_ID
WHERE 1 = 1
{% if party %}AND d.Party = :party
{% endif %}{% if home_city %}AND d.Home_city = :home_city
{% endif %}GROUP BY age_band
ORDER BY age_band
