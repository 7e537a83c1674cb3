/*---
title: Basketball overview
description: >
  One row over the basketball records: how many teams and distinct schools take part, the
  best and worst ACC winning percentage, the best and worst all games winning percentage,
  and ACC and all games wins and losses summed over the teams.
examples:
  - basketball overview
  - how many teams are in the basketball records
  - best acc percentage overall
keywords: [overview, summary, overall, basketball, competition, teams, schools taking part,
           participating, how many teams, how many schools, highest, lowest, best, worst,
           acc percent, total wins, total losses]
params: {}
owner: "@athletics-analytics"
---*/
SELECT COUNT(*) AS teams, COUNT(DISTINCT School_ID) AS schools,
       MAX(CAST(ACC_Percent AS DOUBLE)) AS best_acc_percent,
       MIN(CAST(ACC_Percent AS DOUBLE)) AS worst_acc_percent,
       MAX(All_Games_Percent) AS best_all_games_percent,
       MIN(All_Games_Percent) AS worst_all_games_percent,
       SUM(CAST(split_part(ACC_Regular_Season, '–', 1) AS INTEGER)) AS acc_wins,
       SUM(CAST(split_part(ACC_Regular_Season, '–', 2) AS INTEGER)) AS acc_losses,
       SUM(CAST(split_part(All_Games, '–', 1) AS INTEGER)) AS all_games_wins,
       SUM(CAST(split_part(All_Games, '–', 2) AS INTEGER)) AS all_games_losses
FROM basketball_match
