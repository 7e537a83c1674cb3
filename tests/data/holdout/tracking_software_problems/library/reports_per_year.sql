/*---
title: Problems reported per year
description: >
  One row per year in which problems were reported: problems reported, products affected,
  and how many of those problems carry a closing date. Optionally from / to a year
  (inclusive). Sorted by year (default) or most problems first.
examples:
  - problems reported per year
  - yearly problem trend
  - how many problems were reported each year since 1990
  - which year had the most problem reports
keywords: [year, years, yearly, per year, annual, trend, over time, history, reported, when,
           each year, timeline]
params:
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: from year (inclusive)}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: to year (inclusive)}
  sort:
    type: choice
    choices: [year, most]
    default: year
    synonyms: {chronological: year, by year: year, most problems: most, busiest: most}
owner: "@support-analytics"
---*/
SELECT CAST(EXTRACT(year FROM p.date_problem_reported) AS INTEGER) AS year,
       COUNT(*) AS problems_reported, COUNT(DISTINCT p.product_id) AS products_affected,
       COUNT(p.date_problem_closed) AS with_closing_date
FROM Problems AS p
WHERE 1 = 1
{% if from_year %}AND EXTRACT(year FROM p.date_problem_reported) >= :from_year
{% endif %}{% if to_year %}AND EXTRACT(year FROM p.date_problem_reported) <= :to_year
{% endif %}GROUP BY 1
ORDER BY
{% if sort == 'most' %}problems_reported DESC, 1
{% else %}1
{% endif %}
