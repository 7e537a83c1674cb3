/*---
title: Documents stored per decade
description: >
  One row per decade of storage: documents stored, how many of them are CVs, books, papers
  and reviews, and the first and last storage date in that decade.
examples:
  - how many documents were stored each decade
  - storage intake over time
  - document intake by decade and type
keywords: [decade, decades, intake, over time, trend, growth, stored per decade, archive
           growth, volume]
params: {}
owner: "@records-data"
---*/
SELECT (year(d.Date_Stored) // 10) * 10 AS decade,
       COUNT(*) AS documents,
       COUNT(*) FILTER (WHERE d.Document_Type_Code = 'CV') AS cvs,
       COUNT(*) FILTER (WHERE d.Document_Type_Code = 'BK') AS books,
       COUNT(*) FILTER (WHERE d.Document_Type_Code = 'PR') AS papers,
       COUNT(*) FILTER (WHERE d.Document_Type_Code = 'RV') AS reviews,
       MIN(d.Date_Stored) AS first_stored, MAX(d.Date_Stored) AS last_stored
FROM All_Documents AS d
GROUP BY decade
ORDER BY decade
