/*---
title: Staffing versus visits per attraction
description: >
  For planning rotas: per attraction, the number of staff in charge of it, its visits, and
  visits per staff member (empty where nobody is assigned). Attractions without staff
  first, then the busiest per staff member.
examples:
  - which attractions have no staff
  - staffing coverage per attraction
  - visits per staff member at each attraction
keywords: [staffing, coverage, rota, rotas, understaffed, unstaffed, headcount, staff, per
           attraction, visits per staff, workload, planning]
params: {}
owner: "@park-insights"
---*/
WITH counts AS (
    SELECT
        a.Tourist_Attraction_ID AS attraction_id,
        a.Name AS attraction,
        (SELECT COUNT(*) FROM Staff AS s
         WHERE s.Tourist_Attraction_ID = a.Tourist_Attraction_ID) AS staff,
        (SELECT COUNT(*) FROM Visits AS v
         WHERE v.Tourist_Attraction_ID = a.Tourist_Attraction_ID) AS visits
    FROM Tourist_Attractions AS a
)
SELECT attraction_id, attraction, staff, visits, visits / NULLIF(staff, 0) AS visits_per_staff
FROM counts
ORDER BY staff = 0 DESC, visits_per_staff DESC NULLS LAST, attraction
