/*---
title: Regions spared
description: >
  Regions that no storm on record affected, with their id and code, by name.
examples:
  - which regions were never hit
  - regions with no storm impact
  - countries spared this season
keywords: [spared, unaffected, never hit, not hit, no storm, untouched, safe, region,
           regions, countries]
params: {}
owner: "@risk-analytics"
---*/
SELECT r.Region_id AS region_id, r.Region_code AS code, r.Region_name AS region
FROM region AS r
WHERE NOT EXISTS (SELECT 1 FROM affected_region AS ar WHERE ar.Region_id = r.Region_id)
ORDER BY r.Region_name
