/*---
title: Unknown parameter type
params:
  country: {type: text}
---*/
SELECT 1 FROM customers c WHERE c.country = :country
