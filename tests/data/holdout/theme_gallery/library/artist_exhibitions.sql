/*---
title: Exhibitions per artist
description: >
  One row per artist, including those who never had an exhibition (0): country, age,
  number of exhibitions, first and last exhibition year, their themes, average ticket price
  and total recorded attendance. Optionally artists from one country or with at least some
  number of exhibitions. Most exhibitions first (default), highest attendance first, or by
  name.
examples:
  - how many exhibitions has each artist had
  - which artist has had the most shows
  - artists with at least 2 exhibitions
  - total attendance per artist
keywords: [artist, artists, exhibitions, exhibition, shows, show, per artist, each artist,
           how many, number of, most, themes, attendance, visitors, track record]
params:
  country: {type: string, optional: true, label: artist's country}
  min_exhibitions: {type: int, optional: true, min: 0, label: at least this many exhibitions}
  sort:
    type: choice
    choices: [exhibitions, attendance, name]
    default: exhibitions
    synonyms: {most exhibitions: exhibitions, most shows: exhibitions, shows: exhibitions,
               visitors: attendance, most visitors: attendance, biggest audience: attendance,
               alphabetical: name, a-z: name}
owner: "@gallery-insights"
---*/
WITH att AS (
  SELECT Exhibition_ID, sum(Attendance) AS attendance FROM exhibition_record GROUP BY 1
)
SELECT a.Artist_ID AS artist_id, a.Name AS artist, a.Country AS country, a.Age AS age,
       count(e.Exhibition_ID) AS exhibitions,
       min(e.Year) AS first_exhibition_year, max(e.Year) AS last_exhibition_year,
       string_agg(e.Theme, '; ' ORDER BY e.Year) AS themes,
       avg(e.Ticket_Price) AS average_ticket_price,
       COALESCE(sum(att.attendance), 0) AS total_attendance
FROM artist AS a
LEFT JOIN exhibition AS e ON e.Artist_ID = a.Artist_ID
LEFT JOIN att ON att.Exhibition_ID = e.Exhibition_ID
WHERE 1 = 1
{% if country %}AND lower(a.Country) = lower(:country)
{% endif %}GROUP BY a.Artist_ID, a.Name, a.Country, a.Age
{% if min_exhibitions is not none %}HAVING count(e.Exhibition_ID) >= :min_exhibitions
{% endif %}ORDER BY
{% if sort == 'attendance' %}total_attendance DESC
{% elif sort == 'name' %}a.Name
{% else %}exhibitions DESC
{% endif %}, a.Artist_ID
