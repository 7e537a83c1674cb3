/*---
title: Player card
description: One player by name, with training hours, card, and their tryouts (colleges,
  positions, decisions).
examples:
  - player card for Drago
  - what do we know about Blake
  - Andrew's profile
keywords: [player, card, profile, about, details, hours, tryouts, record]
params:
  player: {type: string, label: player name}
owner: "@athletics-analytics"
---*/
SELECT
    p.pID,
    p.pName,
    p.HS AS training_hours,
    p.yCard,
    COUNT(t.cName) AS tryouts,
    string_agg(t.cName || ' (' || t.pPos || ': ' || t.decision || ')', '; ' ORDER BY t.cName) AS tryout_results
FROM Player AS p
LEFT JOIN Tryout AS t ON t.pID = p.pID
WHERE p.pName = :player
GROUP BY p.pID, p.pName, p.HS, p.yCard
