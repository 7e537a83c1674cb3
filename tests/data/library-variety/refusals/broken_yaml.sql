/*---
title: Broken flow mapping
params:
  country: {type: string
---*/
SELECT 1 FROM customers c WHERE c.country = :country
