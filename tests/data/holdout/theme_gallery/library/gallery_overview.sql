/*---
title: Gallery overview
description: >
  One row for the whole gallery: number of artists and of their countries; average,
  youngest and oldest artist age; number of exhibitions, first and last exhibition year;
  average, lowest and highest ticket price; days of attendance recorded, total and average
  daily attendance and the best day.
examples:
  - how many artists do we have
  - gallery KPIs
  - average ticket price overall
  - min max and average age of our artists
  - total visitors ever recorded
keywords: [overview, summary, kpi, kpis, total, totals, overall, how many, number of, count,
           average, avg, mean, minimum, maximum, min, max, artists, exhibitions, ticket price,
           age, attendance, visitors, gallery]
owner: "@gallery-insights"
---*/
SELECT (SELECT count(*) FROM artist) AS artists,
       (SELECT count(DISTINCT Country) FROM artist) AS artist_countries,
       (SELECT avg(Age) FROM artist) AS average_artist_age,
       (SELECT min(Age) FROM artist) AS youngest_artist_age,
       (SELECT max(Age) FROM artist) AS oldest_artist_age,
       (SELECT count(*) FROM exhibition) AS exhibitions,
       (SELECT min(Year) FROM exhibition) AS first_exhibition_year,
       (SELECT max(Year) FROM exhibition) AS last_exhibition_year,
       (SELECT avg(Ticket_Price) FROM exhibition) AS average_ticket_price,
       (SELECT min(Ticket_Price) FROM exhibition) AS lowest_ticket_price,
       (SELECT max(Ticket_Price) FROM exhibition) AS highest_ticket_price,
       (SELECT count(*) FROM exhibition_record) AS days_recorded,
       (SELECT sum(Attendance) FROM exhibition_record) AS total_attendance,
       (SELECT avg(Attendance) FROM exhibition_record) AS average_daily_attendance,
       (SELECT max(Attendance) FROM exhibition_record) AS best_day_attendance
