/*---
title: Height and weight summary
description: >
  Number of people and their average, smallest and largest height (cm) and body weight (kg):
  one overall row (default), or one row for body builders and one for everyone else.
  Optionally only body builders or only people who are not.
examples:
  - average height and weight of everyone
  - how tall are our body builders on average vs the rest
  - heaviest and lightest body weight on the register
keywords: [height, weight, body weight, tall, average height, average weight, people,
           everyone, register, summary, stats]
params:
  by:
    type: choice
    choices: [overall, status]
    default: overall
    synonyms: {in total: overall, by status: status, body builders vs others: status,
               split by body builder: status}
  status:
    type: choice
    optional: true
    label: body builder or not
    choices: [body_builder, not_body_builder]
    synonyms: {body builders: body_builder, lifters: body_builder,
               not body builders: not_body_builder, non body builders: not_body_builder}
owner: "@strength-stats"
---*/
SELECT
{% if by == 'status' %}CASE WHEN b.People_ID IS NULL THEN 'no' ELSE 'yes' END AS body_builder,
{% endif %}COUNT(*) AS people, ROUND(AVG(p.Height), 1) AS avg_height, MIN(p.Height) AS min_height,
       MAX(p.Height) AS max_height, ROUND(AVG(p.Weight), 1) AS avg_weight,
       MIN(p.Weight) AS min_weight, MAX(p.Weight) AS max_weight
FROM people AS p
LEFT JOIN body_builder AS b ON b.People_ID = p.People_ID
WHERE 1 = 1
{% if status == 'body_builder' %}AND b.People_ID IS NOT NULL
{% elif status == 'not_body_builder' %}AND b.People_ID IS NULL
{% endif %}{% if by == 'status' %}GROUP BY 1 ORDER BY 1 DESC
{% endif %}
