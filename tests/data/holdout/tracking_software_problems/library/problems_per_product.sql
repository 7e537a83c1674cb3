/*---
title: Problems per product
description: >
  One row per product (products without problems shown with 0): problems reported, first
  and last report date, log entries and log entries still in Reported status. Optionally
  only products with at least a number of problems. Sorted by most problems (default),
  fewest problems, most log entries, or by product name.
examples:
  - number of problems per product
  - which product has the most problems
  - products with at least 2 problems
  - problem count by product
keywords: [product, products, app, apps, application, per product, by product, each product,
           count, number, how many, most, fewest, problems, issues, bugs]
params:
  min_problems: {type: int, optional: true, min: 0, max: 100000, label: at least this many problems}
  sort:
    type: choice
    choices: [most, fewest, log_entries, name]
    default: most
    synonyms: {most problems: most, highest: most, fewest problems: fewest, least: fewest,
               least problems: fewest, most log entries: log_entries, alphabetical: name,
               by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@support-analytics"
---*/
SELECT pr.product_id, pr.product_name AS product,
       COUNT(DISTINCT p.problem_id) AS problems,
       MIN(p.date_problem_reported) AS first_reported,
       MAX(p.date_problem_reported) AS last_reported,
       COUNT(l.problem_log_id) AS log_entries,
       COUNT(l.problem_log_id) FILTER (WHERE l.problem_status_code = 'Reported') AS open_log_entries
FROM Product AS pr
LEFT JOIN Problems AS p ON p.product_id = pr.product_id
LEFT JOIN Problem_Log AS l ON l.problem_id = p.problem_id
GROUP BY pr.product_id, pr.product_name
{% if min_problems is not none and min_problems is not false %}HAVING COUNT(DISTINCT p.problem_id) >= :min_problems
{% endif %}ORDER BY
{% if sort == 'fewest' %}problems, pr.product_name
{% elif sort == 'log_entries' %}log_entries DESC, pr.product_name
{% elif sort == 'name' %}pr.product_name
{% else %}problems DESC, pr.product_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
