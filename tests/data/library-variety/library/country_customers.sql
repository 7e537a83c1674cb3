/*---
title: Customers per country
description: How many customers signed up, for one country or all of them.
examples:
  - how many customers do we have in Norway
  - customer count by country
params:
  country: {type: string, optional: true}
---*/
SELECT c.country, COUNT(*) AS customers
FROM customers c
WHERE (c.country = :country OR :country IS NULL)
GROUP BY c.country
ORDER BY customers DESC
