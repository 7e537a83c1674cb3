/*---
title: Header never closes
params:
  x: {type: string}
SELECT 1 FROM customers c WHERE c.country = :x
