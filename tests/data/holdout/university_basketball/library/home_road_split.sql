/*---
title: Home, road and neutral split
description: >
  Per basketball team, all games split by venue: home, road and neutral-site wins and
  losses as numbers, with the winning percentage at each. Best home winning percentage
  first, or best road percentage.
examples:
  - home vs road win rate per team
  - which team wins most on the road
  - neutral site records
keywords: [home, road, away, neutral, neutral site, venue, split, home court, win rate,
           winning percentage, wins, losses, per team]
params:
  sort:
    type: choice
    choices: [home, road]
    default: home
    synonyms: {home court: home, at home: home, away: road, on the road: road}
owner: "@athletics-analytics"
---*/
WITH s AS (
  SELECT Team_Name AS team,
         CAST(split_part(All_Home, '–', 1) AS INTEGER) AS home_wins,
         CAST(split_part(All_Home, '–', 2) AS INTEGER) AS home_losses,
         CAST(split_part(All_Road, '–', 1) AS INTEGER) AS road_wins,
         CAST(split_part(All_Road, '–', 2) AS INTEGER) AS road_losses,
         CAST(split_part(All_Neutral, '–', 1) AS INTEGER) AS neutral_wins,
         CAST(split_part(All_Neutral, '–', 2) AS INTEGER) AS neutral_losses
  FROM basketball_match
)
SELECT team, home_wins, home_losses,
       ROUND(home_wins / (home_wins + home_losses), 3) AS home_win_pct,
       road_wins, road_losses, ROUND(road_wins / (road_wins + road_losses), 3) AS road_win_pct,
       neutral_wins, neutral_losses,
       ROUND(neutral_wins / (neutral_wins + neutral_losses), 3) AS neutral_win_pct
FROM s
ORDER BY
{% if sort == 'road' %}road_win_pct DESC
{% else %}home_win_pct DESC
{% endif %}
