/*---
title: Musical card
description: >
  Everything about one musical on a single row: its award year, award, category, nominee and
  result, the size of its cast on record and the actors with their characters.
examples:
  - tell me about Chicago
  - musical card for The Phantom of the Opera
  - summary of West Side Story
keywords: [card, profile, summary, overview, about, details, everything, one musical, show]
params:
  musical: {type: string, label: musical}
owner: "@theatre-analytics"
---*/
SELECT m.Name AS musical, m."Year" AS year, m.Award AS award, m.Category AS category,
       m.Nominee AS nominee, m."Result" AS result, COUNT(a.Actor_ID) AS cast_size,
       string_agg(a.Name || ' as ' || a."Character", '; ' ORDER BY a.Name) AS cast_members
FROM musical AS m
LEFT JOIN actor AS a ON a.Musical_ID = m.Musical_ID
WHERE m.Name = :musical
GROUP BY m.Musical_ID, m.Name, m."Year", m.Award, m.Category, m.Nominee, m."Result"
