/*---
title: League overview
description: >
  One row: how many countries, teams, teams that appear in match seasons, seasons, distinct
  positions, colleges and draft classes, the first and last season, and Davis Cup players.
examples:
  - league overview
  - how many teams are there
  - how many seasons do we have data for
keywords: [overview, summary, overall, totals, how many countries, number of countries,
           how many teams, number of teams, how many seasons, how many colleges, count,
           distinct teams, altogether, in total]
owner: "@league-analytics"
---*/
SELECT (SELECT COUNT(*) FROM country) AS countries,
       (SELECT COUNT(*) FROM team) AS teams,
       (SELECT COUNT(DISTINCT Team) FROM match_season) AS teams_in_match_seasons,
       (SELECT COUNT(*) FROM match_season) AS seasons,
       (SELECT COUNT(DISTINCT Position) FROM match_season) AS positions,
       (SELECT COUNT(DISTINCT College) FROM match_season) AS colleges,
       (SELECT COUNT(DISTINCT Draft_Class) FROM match_season) AS draft_classes,
       (SELECT MIN(Season) FROM match_season) AS first_season,
       (SELECT MAX(Season) FROM match_season) AS last_season,
       (SELECT COUNT(*) FROM player) AS davis_cup_players
