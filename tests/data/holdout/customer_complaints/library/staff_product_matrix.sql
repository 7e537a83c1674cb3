/*---
title: Complaints by staff and product
description: >
  How many complaints each staff member handles for each product: one row per staff member
  and product.
examples:
  - staff by product complaint matrix
  - which products does each agent deal with
keywords: [matrix, cross tab, crosstab, pivot, staff and product, per staff per product,
           combination]
params: {}
owner: "@cx-analytics"
---*/
SELECT s.first_name || ' ' || s.last_name AS staff, p.product_name AS product,
       COUNT(*) AS complaints
FROM Complaints AS cp
JOIN Staff AS s ON s.staff_id = cp.staff_id
JOIN Products AS p ON p.product_id = cp.product_id
GROUP BY staff, product
ORDER BY staff, product
