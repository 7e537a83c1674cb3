/*---
title: Documents by decade
description: >
  How many documents are dated in each decade (or each year), with the number of expense
  documents among them: the age profile of the archive. Oldest period first.
examples:
  - documents per decade
  - how old is our archive
  - count of documents by year written
keywords: [decade, decades, year, years, yearly, per year, by year, age, archive, timeline,
           history, profile, trend, over time]
params:
  grain:
    type: choice
    choices: [decade, year]
    default: decade
    synonyms: {per decade: decade, by decade: decade, per year: year, by year: year,
               yearly: year, annual: year}
owner: "@research-office-data"
---*/
SELECT
{% if grain == 'year' %}year(d.Document_Date) AS period,
{% else %}(year(d.Document_Date) // 10) * 10 AS period,
{% endif %}COUNT(*) AS documents, COUNT(e.Document_ID) AS expense_documents
FROM Documents AS d
LEFT JOIN Documents_with_Expenses AS e ON e.Document_ID = d.Document_ID
GROUP BY 1
ORDER BY 1
