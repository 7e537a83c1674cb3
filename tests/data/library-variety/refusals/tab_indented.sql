/*---
title: Tab indented
params:
	region: {type: string}
---*/
SELECT 1 FROM customers c WHERE c.country = :region
