/*---
title: Retirement reasons
description: >
  How race entries ended (2008 onwards in this warehouse), one row per status: Finished, +1
  Lap, Collision, Engine, Gearbox... with the number of entries and of distinct drivers.
  Optionally one season. Most entries first.
examples:
  - how many engine failures were there in 2011
  - DNF causes breakdown
  - most common reasons for retiring
keywords: [status, retirement, retired, retirements, dnf, reason, reasons, failure, failures,
           engine, gearbox, accident, collision, crash, finished, breakdown]
params:
  year: {type: int, optional: true, min: 1950, max: 2030, label: "season"}
owner: "@f1-stats"
---*/
SELECT
    s.status,
    COUNT(*) AS entries,
    COUNT(DISTINCT res.driverId) AS drivers
FROM results AS res
JOIN races AS r ON r.raceId = res.raceId
JOIN status AS s ON s.statusId = res.statusId
WHERE 1 = 1
{% if year %}AND r.year = :year
{% endif %}GROUP BY s.status
ORDER BY entries DESC, s.status
