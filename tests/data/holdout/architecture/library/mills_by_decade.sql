/*---
title: Mills built per decade
description: >
  How many mills were built in each decade (or each year with `grain: year`), with their
  names and types. Optionally only from / to a year (inclusive).
examples:
  - mills built per decade
  - when were the mills built, by year
  - mill construction timeline
keywords: [decade, decades, year, years, per year, timeline, history, built, construction,
           when, mills, trend]
params:
  grain:
    type: choice
    choices: [decade, year]
    default: decade
    synonyms: {per decade: decade, decades: decade, per year: year, yearly: year, annual: year}
  from_year: {type: int, optional: true, min: 1000, max: 2100, label: from year (inclusive)}
  to_year: {type: int, optional: true, min: 1000, max: 2100, label: to year (inclusive)}
owner: "@heritage-data"
---*/
SELECT {% if grain == 'year' %}built_year{% else %}built_year // 10 * 10{% endif %} AS period,
       COUNT(*) AS mills, string_agg(name || ' (' || type || ')', ', ' ORDER BY built_year) AS mills_built
FROM mill
WHERE 1 = 1
{% if from_year %}AND built_year >= :from_year
{% endif %}{% if to_year %}AND built_year <= :to_year
{% endif %}GROUP BY 1
ORDER BY 1
