/*---
title: Parties running per year
description: >
  One row per year from the first party to the last: how many party series were running that
  year, which ones, and their combined number of hosts. Optionally a range of years
  (inclusive).
examples:
  - how many parties were running each year
  - party calendar 2000 to 2005
  - which year had the most parties going on
keywords: [per year, each year, by year, timeline, calendar, over time, history, running,
           active, ongoing, trend, busiest year]
params:
  from_year: {type: int, optional: true, label: from year (inclusive)}
  to_year: {type: int, optional: true, label: to year (inclusive)}
owner: "@events-analytics"
---*/
WITH years AS (
    SELECT UNNEST(GENERATE_SERIES((SELECT MIN(First_year) FROM party),
                                  (SELECT MAX(Last_year) FROM party))) AS year
)
SELECT y.year, COUNT(p.Party_ID) AS parties_running,
       STRING_AGG(p.Party_Theme, ', ' ORDER BY p.Party_Theme) AS themes,
       COALESCE(SUM(p.Number_of_hosts), 0) AS combined_hosts
FROM years AS y
LEFT JOIN party AS p ON p.First_year <= y.year AND p.Last_year >= y.year
WHERE 1 = 1
{% if from_year is not none and from_year is not false %}AND y.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND y.year <= :to_year
{% endif %}GROUP BY y.year
ORDER BY y.year
