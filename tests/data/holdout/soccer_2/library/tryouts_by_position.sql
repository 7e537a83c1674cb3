/*---
title: Tryouts per position
description: >
  Each position tried for, with the number of tryouts, acceptances and colleges, and the
  lowest, average and highest training hours of the players, most tryouts first. Optionally
  counting only players with at least a number of training hours.
examples:
  - tryouts by position
  - how much do goalies train compared with strikers
  - position breakdown for players with 800 or more hours
keywords: [position, positions, per position, each position, role, roles, goalie, mid,
           striker, tryouts, popular, most, hours, training, practice, minimum, maximum,
           average, breakdown]
params:
  min_hours: {type: int, optional: true, min: 0, label: players who trained at least this many hours}
owner: "@athletics-analytics"
---*/
SELECT
    t.pPos,
    COUNT(*) AS tryouts,
    COUNT(*) FILTER (WHERE t.decision = 'yes') AS accepted,
    COUNT(DISTINCT t.cName) AS colleges,
    MIN(p.HS) AS min_hours,
    ROUND(AVG(p.HS), 1) AS average_hours,
    MAX(p.HS) AS max_hours
FROM Tryout AS t
JOIN Player AS p ON p.pID = t.pID
WHERE 1 = 1
{% if min_hours %}AND p.HS >= :min_hours
{% endif %}GROUP BY t.pPos
ORDER BY tryouts DESC, t.pPos
