/*---
title: Compare sales territories
description: Quota totals of one or two territories side by side.
examples:
  - compare Great Lakes and Rocky Mountains quota
  - quota of the gulf coast territory
params:
  territory: {type: string}
  other_territory: {type: string, optional: true}
---*/
SELECT sr."TerritoryName" AS territory, SUM(sr."QuotaUSD") AS quota
FROM "SalesReps" sr
WHERE sr."TerritoryName" IN (:territory, :other_territory)
GROUP BY sr."TerritoryName"
