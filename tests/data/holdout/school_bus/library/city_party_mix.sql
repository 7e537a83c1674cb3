/*---
title: Drivers per home city and party
description: >
  One row per home city and party: how many drivers, their average age and how many drive
  a bus. Optionally one home city or one party. Sorted by city, then party.
examples:
  - party split of drivers in each city
  - how many republican drivers live in each town
  - breakdown of drivers by city and party
keywords: [city and party, party and city, breakdown, split, mix, cross tab, crosstab,
           party split, democrats, republicans, dem, rep, per city per party]
params:
  home_city: {type: string, optional: true, label: home city}
  party: {type: string, optional: true}
owner: "@transport-ops"
---*/
SELECT d.Home_city AS home_city, d.Party AS party, COUNT(*) AS drivers,
       ROUND(AVG(d.Age), 1) AS average_age, COUNT(b.Driver_ID) AS drivers_with_bus
FROM driver AS d
LEFT JOIN (SELECT DISTINCT Driver_ID FROM school_bus) AS b ON b.Driver_ID = d.Driver_ID
WHERE 1 = 1
{% if home_city %}AND d.Home_city = :home_city
{% endif %}{% if party %}AND d.Party = :party
{% endif %}GROUP BY d.Home_city, d.Party
ORDER BY d.Home_city, d.Party
