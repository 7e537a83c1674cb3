/*---
title: New customers of a segment
description: >
  Customers of one segment who signed up since a date,
  folded into one line by YAML.
examples:
  - Startup customers who signed up since 2026-03-01
  - new enterprise customers since January
params:
  segment: {type: string, pattern: '^[A-Za-z ]+$'}
  since: {type: date, default: 2026-01-01}
  limit_rows: {type: int, default: 100, min: 1, max: 1000}
---*/
SELECT c."Customer Name", c.signup_date
FROM customers c
WHERE c.segment IN (:segment)
  AND c.signup_date >= :since
ORDER BY c.signup_date
LIMIT :limit_rows
