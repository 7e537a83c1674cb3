/*---
title: People born per year or decade
description: >
  How many people on file were born in each year (default) or decade, with their names and
  how many of them are entrepreneurs. Births in a period (default: since 1900, everyone on file).
examples:
  - how many people were born each year
  - births per decade
  - people born since 1975 by year
keywords: [born, birth, births, birth year, year of birth, decade, per year, each year,
           age, generation, how many]
params:
  grain:
    type: choice
    choices: [year, decade]
    default: year
    synonyms: {per year: year, yearly: year, annual: year, per decade: decade, decades: decade}
  born: {type: date_range, default: since 1900-01-01, label: born in}
owner: "@venture-analytics"
---*/
SELECT {% if grain == 'decade' %}year(p.Date_of_Birth) // 10 * 10{% else %}year(p.Date_of_Birth){% endif %} AS period,
       COUNT(*) AS people,
       COUNT(e.People_ID) AS entrepreneurs,
       string_agg(p.Name, ', ' ORDER BY p.Date_of_Birth) AS names
FROM people AS p
LEFT JOIN (SELECT DISTINCT People_ID FROM entrepreneur) AS e ON e.People_ID = p.People_ID
WHERE 1 = 1
AND p.Date_of_Birth BETWEEN :born_start AND :born_end
GROUP BY 1
ORDER BY 1
