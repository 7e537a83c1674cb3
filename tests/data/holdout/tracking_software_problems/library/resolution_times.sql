/*---
title: Problem resolution times
description: >
  One row per problem with a closing date: product, report date, closing date and the days
  between them (negative where the recorded closing date is before the report). Optionally
  one product. Sorted by longest time to close (default) or shortest.
examples:
  - how long did problems take to close
  - resolution time per problem
  - slowest problems to fix
  - time to close problems for the rose product
keywords: [resolution, resolve, resolved, time to close, time to fix, days, duration, how long,
           took, turnaround, sla, slowest, fastest, open for, closing date, closed]
params:
  product: {type: string, optional: true, label: product name}
  sort:
    type: choice
    choices: [longest, shortest]
    default: longest
    synonyms: {slowest: longest, longest first: longest, fastest: shortest, quickest: shortest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@support-analytics"
---*/
SELECT p.problem_id, pr.product_name AS product, p.date_problem_reported AS reported_at,
       p.date_problem_closed AS closed_at,
       date_diff('day', p.date_problem_reported, p.date_problem_closed) AS days_to_close
FROM Problems AS p
JOIN Product AS pr ON pr.product_id = p.product_id
WHERE p.date_problem_closed IS NOT NULL
{% if product %}AND pr.product_name = :product
{% endif %}ORDER BY
{% if sort == 'shortest' %}days_to_close, p.problem_id
{% else %}days_to_close DESC, p.problem_id
{% endif %}{% if n %}LIMIT :n
{% endif %}
