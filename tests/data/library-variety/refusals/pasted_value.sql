/*---
title: A value pasted into the text
params:
  country: {type: string}
---*/
SELECT 1 FROM customers c WHERE c.country = '{{ country }}'
