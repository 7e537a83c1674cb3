/*---
title: Quota of a sales rep
description: The yearly quota of one sales rep.
examples:
  - quota for Ada Lovelace
  - what is alan turing's quota
params:
  rep: {type: string, label: sales rep}
---*/
SELECT sr."RepName", sr."TerritoryName", sr."QuotaUSD"
FROM "SalesReps" AS sr
WHERE sr."RepName" = :rep
