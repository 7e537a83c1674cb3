/*---
title: Artists without recent exhibitions
description: >
  Artists on the roster who have had no exhibition at all, or none since a given year
  (`since_year`: none in that year or later): name, country, age, year joined, and the year
  of their last exhibition if any. Sorted by name.
examples:
  - artists who never had an exhibition
  - which artists haven't shown since 2007
  - dormant artists on our roster
keywords: [inactive, dormant, never, no exhibition, without exhibition, not exhibited,
           haven't shown, no shows, idle, artists, last exhibition, since]
params:
  since_year: {type: int, optional: true, label: no exhibition since (year)}
owner: "@gallery-insights"
---*/
SELECT a.Name AS artist, a.Country AS country, a.Age AS age, a.Year_Join AS year_joined,
       max(e.Year) AS last_exhibition_year
FROM artist AS a
LEFT JOIN exhibition AS e ON e.Artist_ID = a.Artist_ID
GROUP BY a.Artist_ID, a.Name, a.Country, a.Age, a.Year_Join
{% if since_year is not none %}HAVING max(e.Year) IS NULL OR max(e.Year) < :since_year
{% else %}HAVING count(e.Exhibition_ID) = 0
{% endif %}ORDER BY a.Name
