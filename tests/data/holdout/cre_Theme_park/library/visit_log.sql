/*---
title: Visit log
description: >
  Every recorded visit: visit id, date and time, visit notes, the visitor (id and name) and
  the attraction (id and name). Optionally one visitor by name, one attraction by name, or
  one year. Latest first (default) or earliest first.
examples:
  - visit history for Maud
  - who visited the exploration trial and when
  - visits in 2007
  - show the visit log, oldest first
keywords: [visit, visits, visited, visit date, dates, when, log, history, record, records,
           trip, trips, went, tourist, tourists, visitor, visitors, guest, guests, details,
           attraction, attractions, year]
params:
  visitor: {type: string, optional: true, label: visitor name}
  attraction: {type: string, optional: true, label: attraction name}
  year: {type: int, optional: true, min: 1900, max: 2100}
  sort:
    type: choice
    choices: [latest, earliest]
    default: latest
    synonyms: {newest: latest, most recent: latest, recent: latest, oldest: earliest,
               first: earliest, chronological: earliest}
owner: "@park-insights"
---*/
SELECT
    v.Visit_ID AS visit_id,
    v.Visit_Date AS visit_date,
    v.Visit_Details AS visit_details,
    v.Tourist_ID AS visitor_id,
    p.Tourist_Details AS visitor,
    v.Tourist_Attraction_ID AS attraction_id,
    a.Name AS attraction
FROM Visits AS v
LEFT JOIN Visitors AS p ON p.Tourist_ID = v.Tourist_ID
LEFT JOIN Tourist_Attractions AS a ON a.Tourist_Attraction_ID = v.Tourist_Attraction_ID
WHERE 1 = 1
{% if visitor %}AND p.Tourist_Details = :visitor
{% endif %}{% if attraction %}AND a.Name = :attraction
{% endif %}{% if year is not none and year is not false %}AND EXTRACT(year FROM v.Visit_Date) = :year
{% endif %}ORDER BY
{% if sort == 'earliest' %}v.Visit_Date ASC, v.Visit_ID
{% else %}v.Visit_Date DESC, v.Visit_ID
{% endif %}
