/*---
title: College card
description: One college by name, with its state, enrollment, and its tryouts (players,
  acceptances, positions).
examples:
  - college card for OU
  - FSU at a glance
  - summary of ASU
keywords: [college, school, card, profile, about, details, glance, summary, enrollment,
           state, tryouts]
params:
  college: {type: string, label: college name}
owner: "@athletics-analytics"
---*/
SELECT
    c.cName,
    c.state,
    c.enr,
    COUNT(t.pID) AS tryouts,
    COUNT(t.pID) FILTER (WHERE t.decision = 'yes') AS accepted,
    string_agg(DISTINCT t.pPos, ', ') AS positions
FROM College AS c
LEFT JOIN Tryout AS t ON t.cName = c.cName
WHERE c.cName = :college
GROUP BY c.cName, c.state, c.enr
