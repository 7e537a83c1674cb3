/*---
title: Davis Cup win rates
description: >
  One row per Davis Cup player: wins, losses and win percentage overall, in singles and in
  doubles (read from the win-loss records such as 6–9). Optionally one team, or players
  with at least so many matches. Best overall win rate first (default), or most matches.
examples:
  - davis cup win percentage per player
  - who has the best singles win rate
  - tennis players with at least 5 matches and their win %
keywords: [win rate, win percentage, win %, winning percentage, wins, losses, matches,
           ties, singles, doubles, best record, davis cup, tennis]
params:
  team: {type: string, optional: true, label: team}
  min_matches: {type: int, optional: true, min: 1, label: at least (matches)}
  sort:
    type: choice
    choices: [win_rate, matches]
    default: win_rate
    synonyms: {best: win_rate, best record: win_rate, win percentage: win_rate,
               most matches: matches, most experienced: matches}
owner: "@league-analytics"
---*/
WITH wl AS (
  SELECT p.Player AS player, t.Name AS team,
         CAST(split_part(replace(p.Total_WL, '–', '-'), '-', 1) AS INTEGER) AS wins,
         CAST(split_part(replace(p.Total_WL, '–', '-'), '-', 2) AS INTEGER) AS losses,
         CAST(split_part(replace(p.Singles_WL, '–', '-'), '-', 1) AS INTEGER) AS singles_wins,
         CAST(split_part(replace(p.Singles_WL, '–', '-'), '-', 2) AS INTEGER) AS singles_losses,
         CAST(split_part(replace(p.Doubles_WL, '–', '-'), '-', 1) AS INTEGER) AS doubles_wins,
         CAST(split_part(replace(p.Doubles_WL, '–', '-'), '-', 2) AS INTEGER) AS doubles_losses
  FROM player AS p
  LEFT JOIN team AS t ON t.Team_id = p.Team
)
SELECT player, team, wins, losses, wins + losses AS matches,
       ROUND(100.0 * wins / NULLIF(wins + losses, 0), 1) AS win_pct,
       ROUND(100.0 * singles_wins / NULLIF(singles_wins + singles_losses, 0), 1) AS singles_win_pct,
       ROUND(100.0 * doubles_wins / NULLIF(doubles_wins + doubles_losses, 0), 1) AS doubles_win_pct
FROM wl
WHERE 1 = 1
{% if team %}AND lower(team) = lower(:team)
{% endif %}{% if min_matches is not none and min_matches is not false %}AND wins + losses >= :min_matches
{% endif %}ORDER BY
{% if sort == 'matches' %}matches DESC, player
{% else %}win_pct DESC NULLS LAST, matches DESC, player
{% endif %}
