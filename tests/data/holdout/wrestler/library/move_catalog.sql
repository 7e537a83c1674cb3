/*---
title: Finishing moves
description: >
  One row per finishing move seen in the elimination match: how many times it eliminated
  someone, who used it and the first time on the clock. Most used first.
examples:
  - which finishers ended the most eliminations
  - list of finishing moves used
keywords: [move, moves, finisher, finishers, finishing move, signature move, used, catalog]
params: {}
owner: "@wrestling-stats"
---*/
SELECT e.Elimination_Move AS move, COUNT(*) AS times_used,
       string_agg(DISTINCT e.Eliminated_By, '; ') AS used_by,
       MIN(e.Time) AS first_used
FROM Elimination AS e
GROUP BY e.Elimination_Move
ORDER BY times_used DESC, first_used
