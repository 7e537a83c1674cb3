/*---
title: Fleet overview
description: >
  One row for the whole fleet: ships, flags, ship types, captains, ships with a captain,
  the average, youngest and oldest captain age, and the earliest and latest year built.
examples:
  - fleet at a glance
  - how big is the fleet
  - overall captain stats
keywords: [fleet, overview, summary, total, totals, at a glance, headline, how many ships,
           how many captains, overall, average age, all captains, all ships]
params: {}
owner: "@fleet-data"
---*/
SELECT
    (SELECT COUNT(*) FROM Ship) AS ships,
    (SELECT COUNT(DISTINCT Flag) FROM Ship) AS flags,
    (SELECT COUNT(DISTINCT Type) FROM Ship) AS ship_types,
    (SELECT COUNT(*) FROM captain) AS captains,
    (SELECT COUNT(DISTINCT Ship_ID) FROM captain) AS ships_with_captain,
    (SELECT ROUND(AVG(age), 1) FROM captain) AS average_captain_age,
    (SELECT MIN(age) FROM captain) AS youngest_captain_age,
    (SELECT MAX(age) FROM captain) AS oldest_captain_age,
    (SELECT MIN(Built_Year) FROM Ship) AS earliest_built,
    (SELECT MAX(Built_Year) FROM Ship) AS latest_built
