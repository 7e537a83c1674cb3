/*---
title: Basketball team records
description: >
  One row per basketball team with its season record: ACC regular season (wins–losses),
  ACC winning percentage, ACC home and road records, all games record and winning
  percentage, all home, road and neutral-site records, and its school (location, year
  founded, enrollment, primary conference). Optionally one team or school. Best ACC
  percentage first (default), or lowest ACC percentage, best overall percentage, most home
  wins, the team of the oldest school, or by team name.
examples:
  - basketball team records
  - how did Duke do this season
  - which team had the worst ACC percentage
  - teams ranked by home wins
  - what's the all games record for Virginia Tech
keywords: [team, teams, basketball, match, matches, game, games, season, record, records,
           ACC, acc percent, regular season, conference record, home, road, away, neutral,
           all games, wins, losses, win percentage, standings, score, scores]
params:
  team: {type: string, optional: true, label: team}
  school: {type: string, optional: true, label: school}
  sort:
    type: choice
    choices: [acc_percent, lowest_acc, overall, home, oldest_school, name]
    default: acc_percent
    synonyms: {best: acc_percent, highest acc: acc_percent, acc: acc_percent,
               worst: lowest_acc, lowest: lowest_acc, lowest acc: lowest_acc,
               all games: overall, overall: overall, win percentage: overall,
               home wins: home, home record: home, all home: home,
               oldest school: oldest_school, founded earliest: oldest_school,
               alphabetical: name, by name: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@athletics-analytics"
---*/
SELECT b.Team_ID AS team_id, b.Team_Name AS team, u.School AS school, u.Location AS location,
       u.Founded AS school_founded, u.Enrollment AS school_enrollment,
       u.Primary_conference AS primary_conference,
       b.ACC_Regular_Season AS acc_regular_season, b.ACC_Percent AS acc_percent,
       b.ACC_Home AS acc_home, b.ACC_Road AS acc_road,
       b.All_Games AS all_games, b.All_Games_Percent AS all_games_percent,
       b.All_Home AS all_home, b.All_Road AS all_road, b.All_Neutral AS all_neutral
FROM basketball_match AS b
JOIN university AS u ON u.School_ID = b.School_ID
WHERE 1 = 1
{% if team %}AND b.Team_Name = :team
{% endif %}{% if school %}AND u.School = :school
{% endif %}ORDER BY
{% if sort == 'lowest_acc' %}CAST(b.ACC_Percent AS DOUBLE)
{% elif sort == 'overall' %}b.All_Games_Percent DESC
{% elif sort == 'home' %}CAST(split_part(b.All_Home, '–', 1) AS INTEGER) DESC, CAST(split_part(b.All_Home, '–', 2) AS INTEGER)
{% elif sort == 'oldest_school' %}u.Founded
{% elif sort == 'name' %}b.Team_Name
{% else %}CAST(b.ACC_Percent AS DOUBLE) DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
