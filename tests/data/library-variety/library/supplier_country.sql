/*---
title: Suppliers of a country
description: Suppliers based in one country (quoted, mixed-case table and columns).
examples:
  - suppliers in Vietnam
  - which suppliers are based in morocco
params:
  supplier_country: {type: string, label: country}
---*/
SELECT sup."Supplier_Name", sup."Country"
FROM "Suppliers" sup
WHERE sup."Country" = :supplier_country
