/*---
title: Conference vs overall form
description: >
  Per basketball team: ACC (conference) wins, losses and winning percentage next to all
  games wins, losses and winning percentage, and the gap between the two percentages
  (positive when a team did better in conference play). Largest gap first.
examples:
  - did teams do better in conference play than overall
  - acc vs overall win percentage gap
keywords: [gap, difference, compare, comparison, versus, vs, conference play, ACC,
           overall, all games, form, outperform, underperform]
params: {}
owner: "@athletics-analytics"
---*/
SELECT Team_Name AS team,
       CAST(split_part(ACC_Regular_Season, '–', 1) AS INTEGER) AS acc_wins,
       CAST(split_part(ACC_Regular_Season, '–', 2) AS INTEGER) AS acc_losses,
       CAST(ACC_Percent AS DOUBLE) AS acc_pct,
       CAST(split_part(All_Games, '–', 1) AS INTEGER) AS all_wins,
       CAST(split_part(All_Games, '–', 2) AS INTEGER) AS all_losses,
       All_Games_Percent AS all_games_pct,
       ROUND(CAST(ACC_Percent AS DOUBLE) - All_Games_Percent, 3) AS acc_minus_overall
FROM basketball_match
ORDER BY acc_minus_overall DESC
