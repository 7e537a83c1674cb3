/*---
title: Davis Cup players
description: >
  One row per Davis Cup (tennis) player: name (with ranking in brackets where known), years
  played, total, singles and doubles win-loss records, and team. Optionally one team.
examples:
  - davis cup players and their records
  - win-loss for each tennis player
  - who plays for Columbus Crew in the davis cup table
keywords: [player, players, tennis, davis cup, years played, years, win-loss, win loss, w-l,
           record, singles, doubles, total record, career]
params:
  team: {type: string, optional: true, label: team}
owner: "@league-analytics"
---*/
SELECT p.Player AS player, p.Years_Played AS years_played, p.Total_WL AS total_wl,
       p.Singles_WL AS singles_wl, p.Doubles_WL AS doubles_wl, t.Name AS team
FROM player AS p
LEFT JOIN team AS t ON t.Team_id = p.Team
WHERE 1 = 1
{% if team %}AND lower(t.Name) = lower(:team)
{% endif %}ORDER BY p.Player_ID
