/*---
title: Artist profile
description: >
  One artist by name (case-insensitive): country, age, the year they joined, and each of
  their exhibitions with year, theme, ticket price and total recorded attendance (one row
  per exhibition; a single row with empty exhibition fields when they have had none).
examples:
  - profile of Nick Price
  - tell me about artist John Daly
  - what has Vijay Singh exhibited
keywords: [artist, profile, about, details, lookup, look up, bio, who is, exhibited, shows,
           exhibitions, career]
params:
  artist: {type: string, label: artist name}
owner: "@gallery-insights"
---*/
WITH att AS (
  SELECT Exhibition_ID, sum(Attendance) AS attendance FROM exhibition_record GROUP BY 1
)
SELECT a.Name AS artist, a.Country AS country, a.Age AS age, a.Year_Join AS year_joined,
       e.Year AS exhibition_year, e.Theme AS theme, e.Ticket_Price AS ticket_price,
       att.attendance AS total_attendance
FROM artist AS a
LEFT JOIN exhibition AS e ON e.Artist_ID = a.Artist_ID
LEFT JOIN att ON att.Exhibition_ID = e.Exhibition_ID
WHERE lower(a.Name) = lower(:artist)
ORDER BY e.Year
