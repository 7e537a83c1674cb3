/*---
title: Depth chart by college
description: >
  For each college and position, how many players tried out and how many were accepted, to
  see where a roster is thin. Optionally one state.
examples:
  - depth chart per school
  - accepted players by college and position in Arizona
  - where are we short of strikers
keywords: [depth, depth chart, roster, thin, short, gaps, college, position, accepted,
           squad, coverage]
params:
  state:
    type: choice
    choices: [LA, AZ, OK, FL]
    optional: true
    synonyms: {louisiana: LA, arizona: AZ, oklahoma: OK, florida: FL}
owner: "@coaching"
---*/
SELECT
    c.state,
    t.cName,
    t.pPos,
    COUNT(*) AS tried_out,
    COUNT(*) FILTER (WHERE t.decision = 'yes') AS accepted
FROM Tryout AS t
JOIN College AS c ON c.cName = t.cName
WHERE 1 = 1
{% if state %}AND c.state = :state
{% endif %}GROUP BY c.state, t.cName, t.pPos
ORDER BY t.cName, t.pPos
