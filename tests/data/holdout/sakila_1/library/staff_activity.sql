/*---
title: Counter activity by staff id
description: >
  One row per staff id seen on rentals or payments: rentals handled, payments taken, total
  amount taken and the first and last day the id was active. By staff id.
examples:
  - workload per staff member
  - how much did each staff id take in
  - who handles the most rentals at the counter
keywords: [staff, employee, employees, clerk, clerks, counter, handled, processed, took,
           taken, workload, activity, rentals, payments, amount, collected, per staff]
owner: "@store-ops"
---*/
WITH ids AS (
    SELECT staff_id FROM rental
    UNION
    SELECT staff_id FROM payment
)
SELECT
    ids.staff_id,
    (SELECT COUNT(*) FROM rental AS r WHERE r.staff_id = ids.staff_id) AS rentals_handled,
    (SELECT COUNT(*) FROM payment AS p WHERE p.staff_id = ids.staff_id) AS payments_taken,
    (SELECT SUM(p.amount) FROM payment AS p WHERE p.staff_id = ids.staff_id) AS amount_taken,
    (SELECT CAST(MIN(r.rental_date) AS DATE) FROM rental AS r WHERE r.staff_id = ids.staff_id)
        AS first_day,
    (SELECT CAST(MAX(r.rental_date) AS DATE) FROM rental AS r WHERE r.staff_id = ids.staff_id)
        AS last_day
FROM ids
ORDER BY ids.staff_id
