/*---
title: Ships with no captain assigned
description: >
  Ships that no captain is assigned to: name, type, flag, year built, class. Optionally of
  one flag.
examples:
  - which ships have no captain
  - unassigned vessels
  - ships without a commanding officer
keywords: [no captain, without captain, without a captain, unassigned, uncrewed, vacant,
           no commander, ships, vessels, missing captain, not assigned]
params:
  flag: {type: string, optional: true}
owner: "@fleet-data"
---*/
SELECT s.Name AS ship, s.Type AS type, s.Flag AS flag, s.Built_Year AS built_year, s.Class AS class
FROM Ship AS s
WHERE NOT EXISTS (SELECT 1 FROM captain AS c WHERE c.Ship_ID = s.Ship_ID)
{% if flag %}AND s.Flag = :flag
{% endif %}ORDER BY s.Name
