/*---
title: Support overview
description: >
  One row of headline figures: problems reported, products, products with problems, staff,
  log entries, solved and still-reported log entries, and the first and last report date.
examples:
  - support overview
  - how many problems do we have in total
  - headline numbers for the problem tracker
  - total number of log entries
keywords: [overview, summary, total, totals, overall, altogether, headline, how many, count,
           number of, tracker, dashboard]
params: {}
owner: "@support-analytics"
---*/
SELECT (SELECT COUNT(*) FROM Problems) AS problems,
       (SELECT COUNT(*) FROM Product) AS products,
       (SELECT COUNT(DISTINCT product_id) FROM Problems) AS products_with_problems,
       (SELECT COUNT(*) FROM Staff) AS staff,
       (SELECT COUNT(*) FROM Problem_Log) AS log_entries,
       (SELECT COUNT(*) FROM Problem_Log WHERE problem_status_code = 'Solved') AS solved_log_entries,
       (SELECT COUNT(*) FROM Problem_Log WHERE problem_status_code = 'Reported') AS reported_log_entries,
       (SELECT MIN(date_problem_reported) FROM Problems) AS first_reported,
       (SELECT MAX(date_problem_reported) FROM Problems) AS last_reported
