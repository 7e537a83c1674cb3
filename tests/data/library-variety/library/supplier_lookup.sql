/*---
title: 'Supplier details'
description: "Everything we know about one supplier."
examples:
  - 'details of supplier Atlas Spices'
  - "show me the supplier mekong textiles"
params:
  supplier: {type: string}
---*/
SELECT *
FROM "Suppliers" AS "S"
WHERE upper("S"."Supplier_Name") = upper(:supplier)
