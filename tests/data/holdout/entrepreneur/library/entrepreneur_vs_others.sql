/*---
title: Entrepreneurs compared with other people
description: >
  Two rows, entrepreneurs and people who are not: how many, average height and weight,
  the oldest and youngest date of birth, and their names.
examples:
  - compare entrepreneurs with everyone else
  - are entrepreneurs taller than the others
  - how many people are not entrepreneurs
keywords: [compare, comparison, versus, vs, entrepreneurs, non-entrepreneurs, others,
           not entrepreneurs, everyone else, split, groups, average]
params: {}
owner: "@venture-analytics"
---*/
SELECT CASE WHEN e.People_ID IS NULL THEN 'not an entrepreneur' ELSE 'entrepreneur' END AS grp,
       COUNT(*) AS people, ROUND(AVG(p.Height), 3) AS average_height,
       ROUND(AVG(p.Weight), 2) AS average_weight, MIN(p.Date_of_Birth) AS oldest_birth,
       MAX(p.Date_of_Birth) AS youngest_birth, string_agg(p.Name, ', ' ORDER BY p.Name) AS names
FROM people AS p
LEFT JOIN (SELECT DISTINCT People_ID FROM entrepreneur) AS e ON e.People_ID = p.People_ID
GROUP BY 1
ORDER BY 1
