/*---
title: Supplier count by country code
description: How many suppliers a two-letter country code has (NO is Norway, not "no").
examples:
  - supplier count for code VN
  - number of suppliers with country code MA
params:
  code: {type: choice, choices: [VN, MA, NO], default: NO}
  name_like: {type: string, optional: true, values: no}
---*/
SELECT sup."CountryCode", COUNT(*) AS suppliers
FROM "Suppliers" AS sup
WHERE sup."CountryCode" = :code
{% if name_like %}  AND sup."Supplier_Name" LIKE :name_like
{% endif %}GROUP BY sup."CountryCode"
