/*---
title: Attendance per exhibition
description: >
  One row per exhibition, including those with no attendance recorded (0 days): year,
  theme, artist, ticket price, days recorded, total, average, lowest and highest daily
  attendance. Optionally one year, one artist, or totals above an amount (strict). Highest
  total first (default), highest single day, or by year; optionally only the first n.
examples:
  - attendance for each exhibition
  - which show drew the most visitors
  - total visitors per exhibition in 2005
  - exhibitions with more than 10000 visitors in total
keywords: [attendance, attended, visitors, visits, footfall, turnout, audience, crowd,
           exhibition, exhibitions, show, shows, total, average, per exhibition, popular,
           most popular, busiest]
params:
  year: {type: int, optional: true, label: exhibition year}
  artist: {type: string, optional: true, label: artist name}
  min_total: {type: int, optional: true, label: total attendance above}
  sort:
    type: choice
    choices: [total, best_day, year]
    default: total
    synonyms: {total attendance: total, most visitors: total, most popular: total,
               busiest: total, peak: best_day, highest day: best_day, record day: best_day,
               chronological: year, by year: year}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@gallery-insights"
---*/
SELECT e.Exhibition_ID AS exhibition_id, e.Year AS year, e.Theme AS theme,
       a.Name AS artist, e.Ticket_Price AS ticket_price,
       count(r.Attendance) AS days_recorded,
       COALESCE(sum(r.Attendance), 0) AS total_attendance,
       avg(r.Attendance) AS average_attendance,
       min(r.Attendance) AS lowest_day, max(r.Attendance) AS highest_day
FROM exhibition AS e
LEFT JOIN artist AS a ON a.Artist_ID = e.Artist_ID
LEFT JOIN exhibition_record AS r ON r.Exhibition_ID = e.Exhibition_ID
WHERE 1 = 1
{% if year is not none %}AND e.Year = :year
{% endif %}{% if artist %}AND lower(a.Name) = lower(:artist)
{% endif %}GROUP BY e.Exhibition_ID, e.Year, e.Theme, a.Name, e.Ticket_Price
{% if min_total is not none %}HAVING COALESCE(sum(r.Attendance), 0) > :min_total
{% endif %}ORDER BY
{% if sort == 'best_day' %}highest_day DESC NULLS LAST
{% elif sort == 'year' %}e.Year
{% else %}total_attendance DESC
{% endif %}, e.Exhibition_ID
{% if n %}LIMIT :n{% endif %}
