/*---
title: Daily attendance records
description: >
  One row per recorded day: the date as recorded (month and day, no year), the
  exhibition's year, theme and artist, the ticket price and that day's attendance.
  Optionally one exhibition year, one artist, one month, themes containing a word, or
  attendance above or below a number (strict). Highest attendance first (default), lowest
  first, or by exhibition and date; optionally only the first n.
examples:
  - daily attendance log
  - days with more than 10000 visitors
  - attendance records in February
  - quietest days at the gallery
keywords: [record, records, daily, day, days, date, dates, log, attendance, visitors,
           turnout, footfall, quietest, busiest, month, december, february]
params:
  year: {type: int, optional: true, label: exhibition year}
  artist: {type: string, optional: true, label: artist name}
  theme_contains: {type: string, optional: true, label: theme contains}
  month:
    type: choice
    optional: true
    choices: [January, February, March, April, May, June, July, August, September,
              October, November, December]
    synonyms: {jan: January, feb: February, mar: March, apr: April, jun: June, jul: July,
               aug: August, sep: September, sept: September, oct: October, nov: November,
               dec: December}
  min_attendance: {type: int, optional: true, label: attendance above}
  max_attendance: {type: int, optional: true, label: attendance below}
  sort:
    type: choice
    choices: [highest, lowest, exhibition]
    default: highest
    synonyms: {busiest: highest, most visitors: highest, top: highest, quietest: lowest,
               fewest visitors: lowest, least: lowest, chronological: exhibition,
               by exhibition: exhibition, by date: exhibition}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@gallery-insights"
---*/
SELECT r.Date AS date, e.Year AS year, e.Theme AS theme, a.Name AS artist,
       e.Ticket_Price AS ticket_price, r.Attendance AS attendance
FROM exhibition_record AS r
JOIN exhibition AS e ON e.Exhibition_ID = r.Exhibition_ID
LEFT JOIN artist AS a ON a.Artist_ID = e.Artist_ID
WHERE 1 = 1
{% if year is not none %}AND e.Year = :year
{% endif %}{% if artist %}AND lower(a.Name) = lower(:artist)
{% endif %}{% if theme_contains %}AND e.Theme ILIKE '%' || :theme_contains || '%'
{% endif %}{% if month %}AND split_part(r.Date, ' ', 1) = :month
{% endif %}{% if min_attendance is not none %}AND r.Attendance > :min_attendance
{% endif %}{% if max_attendance is not none %}AND r.Attendance < :max_attendance
{% endif %}ORDER BY
{% if sort == 'lowest' %}r.Attendance ASC
{% elif sort == 'exhibition' %}e.Year, try_cast(split_part(r.Date, ' ', 2) AS INTEGER)
{% else %}r.Attendance DESC
{% endif %}, e.Exhibition_ID, r.Date
{% if n %}LIMIT :n{% endif %}
