/*---
title: Exhibitions per year
description: >
  One row per exhibition year: number of exhibitions, average, lowest and highest ticket
  price, artists shown and total recorded attendance. Optionally a range of years
  (inclusive). By year (default), or most attendance first.
examples:
  - exhibitions per year
  - average ticket price by year
  - yearly attendance totals
  - how many shows did we put on each year since 2005
keywords: [year, years, yearly, annual, per year, each year, by year, exhibitions, shows,
           how many, ticket price, average price, attendance, trend]
params:
  from_year: {type: int, optional: true, label: from year (inclusive)}
  to_year: {type: int, optional: true, label: to year (inclusive)}
  sort:
    type: choice
    choices: [year, attendance]
    default: year
    synonyms: {chronological: year, most visitors: attendance, busiest: attendance}
owner: "@gallery-insights"
---*/
WITH att AS (
  SELECT Exhibition_ID, sum(Attendance) AS attendance FROM exhibition_record GROUP BY 1
)
SELECT e.Year AS year, count(*) AS exhibitions, avg(e.Ticket_Price) AS average_ticket_price,
       min(e.Ticket_Price) AS lowest_ticket_price, max(e.Ticket_Price) AS highest_ticket_price,
       string_agg(DISTINCT a.Name, ', ') AS artists,
       COALESCE(sum(att.attendance), 0) AS total_attendance
FROM exhibition AS e
LEFT JOIN artist AS a ON a.Artist_ID = e.Artist_ID
LEFT JOIN att ON att.Exhibition_ID = e.Exhibition_ID
WHERE 1 = 1
{% if from_year is not none %}AND e.Year >= :from_year
{% endif %}{% if to_year is not none %}AND e.Year <= :to_year
{% endif %}GROUP BY e.Year
ORDER BY {% if sort == 'attendance' %}total_attendance DESC, {% endif %}e.Year
