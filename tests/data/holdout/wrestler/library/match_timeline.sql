/*---
title: Elimination match pacing
description: >
  The elimination match minute by minute: each elimination with the minutes and seconds
  since the previous one, and how many wrestlers each team had lost by then.
examples:
  - pacing of the elimination match
  - gap between eliminations
keywords: [pacing, timeline, gap, gaps, interval, between, minute by minute, running total,
           cumulative, flow]
params: {}
owner: "@wrestling-stats"
---*/
WITH t AS (
    SELECT e.Elimination_ID, e.Team, e.Time,
           CAST(split_part(e.Time, ':', 1) AS INTEGER) * 60
             + CAST(split_part(e.Time, ':', 2) AS INTEGER) AS seconds
    FROM Elimination AS e
)
SELECT t.Time AS elimination_time, t.Team AS team,
       t.seconds - COALESCE(LAG(t.seconds) OVER (ORDER BY t.seconds), 0) AS seconds_since_previous,
       COUNT(*) OVER (PARTITION BY t.Team ORDER BY t.seconds) AS team_losses_so_far
FROM t
ORDER BY t.seconds
