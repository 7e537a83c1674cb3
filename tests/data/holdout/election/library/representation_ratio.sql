/*---
title: Residents per delegate
description: >
  How many residents each delegate represents per county (population divided by the county's
  delegates), counties without a delegate last.
examples:
  - residents per delegate by county
  - which county is under-represented
  - people per representative
keywords: [representation, ratio, residents per delegate, people per delegate, fair,
           under-represented, over-represented, apportionment, population]
params: {}
owner: "@elections-data"
---*/
SELECT
    c.County_name,
    c.Population,
    COUNT(e.Election_ID) AS delegates,
    ROUND(c.Population / NULLIF(COUNT(e.Election_ID), 0), 0) AS residents_per_delegate
FROM county AS c
LEFT JOIN election AS e ON e.District = c.County_Id
GROUP BY c.County_name, c.Population
ORDER BY residents_per_delegate DESC NULLS LAST
