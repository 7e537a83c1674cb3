/*---
title: Delegates per county
description: >
  Every county with its population and the number of delegates elected in its district, zero
  included, most delegates first. Optionally only counties with at least a number of delegates.
examples:
  - delegate count by county
  - which counties send the most delegates
  - counties with 3 or more delegates
keywords: [county, counties, delegates, delegate count, representation, number of delegates,
           per county, each county, district, most, breakdown]
params:
  min_delegates: {type: int, optional: true, min: 0, label: at least this many delegates}
owner: "@elections-data"
---*/
SELECT
    c.County_Id,
    c.County_name,
    c.Population,
    COUNT(e.Election_ID) AS delegates
FROM county AS c
LEFT JOIN election AS e ON e.District = c.County_Id
GROUP BY c.County_Id, c.County_name, c.Population
{% if min_delegates %}HAVING COUNT(e.Election_ID) >= :min_delegates
{% endif %}ORDER BY delegates DESC, c.County_name
