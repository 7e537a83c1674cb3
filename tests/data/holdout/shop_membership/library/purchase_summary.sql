/*---
title: Purchases summary
description: >
  Purchase records (one per member, branch and year, with the total pounds spent) summed by
  branch (default), city, year or member level: number of purchase records, distinct buyers
  and total pounds. Optionally one year, one city, one branch or one member level.
  Most pounds first.
examples:
  - total spend by branch
  - how much was spent in Oxford in 2018
  - purchases by member level
  - sales per year
keywords: [purchase, purchases, spend, spent, pounds, total pounds, sales, revenue, takings,
           bought, buyers, amount, sum]
params:
  by:
    type: choice
    choices: [branch, city, year, level]
    default: branch
    synonyms: {per branch: branch, by branch: branch, per city: city, by city: city,
               per year: year, by year: year, yearly: year, per level: level, by level: level}
  year: {type: int, optional: true, label: year}
  city: {type: string, optional: true, label: branch city}
  branch: {type: string, optional: true, label: branch name}
  level: {type: int, optional: true, label: member level}
owner: "@retail-analytics"
---*/
SELECT
{% if by == 'city' %}b.City AS city,
{% elif by == 'year' %}p."Year" AS year,
{% elif by == 'level' %}m.Level AS level,
{% else %}b.Name AS branch, b.City AS city,
{% endif %}COUNT(*) AS purchases, COUNT(DISTINCT p.Member_ID) AS buyers,
       SUM(p.Total_pounds) AS total_pounds
FROM purchase AS p
JOIN branch AS b ON b.Branch_ID = p.Branch_ID
JOIN member AS m ON m.Member_ID = p.Member_ID
WHERE 1 = 1
{% if year is not none %}AND p."Year" = :year
{% endif %}{% if city %}AND b.City = :city
{% endif %}{% if branch %}AND b.Name = :branch
{% endif %}{% if level is not none %}AND m.Level = :level
{% endif %}GROUP BY
{% if by == 'city' %}b.City
{% elif by == 'year' %}p."Year"
{% elif by == 'level' %}m.Level
{% else %}b.Name, b.City
{% endif %}ORDER BY total_pounds DESC
