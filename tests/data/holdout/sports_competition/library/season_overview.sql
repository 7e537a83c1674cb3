/*---
title: Overview
description: >
  One row of headline figures: clubs, players, competitions (friendlies and tournaments),
  host countries, recorded results, medals awarded, and the total, average, lowest and
  highest player points.
examples:
  - overview of the competition data
  - how many clubs and players are there
  - headline numbers
  - total medals awarded
keywords: [overview, summary, total, totals, overall, altogether, headline, how many, count,
           number of, average, minimum, maximum, dashboard]
params: {}
owner: "@competition-analytics"
---*/
SELECT (SELECT COUNT(*) FROM club) AS clubs,
       (SELECT COUNT(*) FROM player) AS players,
       (SELECT COUNT(*) FROM competition) AS competitions,
       (SELECT COUNT(*) FROM competition WHERE Competition_type = 'Friendly') AS friendlies,
       (SELECT COUNT(*) FROM competition WHERE Competition_type = 'Tournament') AS tournaments,
       (SELECT COUNT(DISTINCT Country) FROM competition) AS host_countries,
       (SELECT COUNT(*) FROM competition_result) AS results,
       (SELECT SUM(Total) FROM club_rank) AS medals_awarded,
       (SELECT SUM(Points) FROM player) AS total_player_points,
       (SELECT ROUND(AVG(Points), 2) FROM player) AS average_player_points,
       (SELECT MIN(Points) FROM player) AS lowest_player_points,
       (SELECT MAX(Points) FROM player) AS highest_player_points
