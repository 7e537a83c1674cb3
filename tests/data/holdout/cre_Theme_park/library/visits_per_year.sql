/*---
title: Visits per year
description: >
  Yearly visit trend: for each calendar year with visits, the number of visits, distinct
  visitors and distinct attractions visited. Optionally from and to a year (inclusive).
examples:
  - visits per year
  - yearly visitor trend since 2000
  - how busy were the 90s
keywords: [trend, yearly, per year, annual, by year, over time, history, visits, visitors,
           busy, growth, year]
params:
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: first year}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: last year}
owner: "@park-insights"
---*/
SELECT
    EXTRACT(year FROM v.Visit_Date) AS year,
    COUNT(*) AS visits,
    COUNT(DISTINCT v.Tourist_ID) AS visitors,
    COUNT(DISTINCT v.Tourist_Attraction_ID) AS attractions
FROM Visits AS v
WHERE 1 = 1
{% if from_year is not none and from_year is not false %}AND EXTRACT(year FROM v.Visit_Date) >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND EXTRACT(year FROM v.Visit_Date) <= :to_year
{% endif %}GROUP BY 1
ORDER BY 1
