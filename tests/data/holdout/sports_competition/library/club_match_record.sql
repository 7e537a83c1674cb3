/*---
title: Club match record
description: >
  One row per club (clubs without a recorded result shown with 0): results recorded,
  wins, losses and draws (by the score), points scored and conceded, competitions played
  and first / last year played. Optionally one club. Sorted by most matches (default),
  most wins, or by name.
examples:
  - club win loss record
  - how many matches has each club played
  - which club has won the most matches
  - AIB's record
keywords: [record, win, wins, won, loss, losses, lost, draw, draws, matches, games, played,
           appearances, per club, each club, form, head to head, scored, conceded]
params:
  club: {type: string, optional: true, label: club name}
  sort:
    type: choice
    choices: [matches, wins, name]
    default: matches
    synonyms: {most matches: matches, most games: matches, played: matches, most wins: wins,
               won: wins, best record: wins, alphabetical: name, by name: name}
owner: "@competition-analytics"
---*/
WITH sides AS (
  SELECT Competition_ID, Club_ID_1 AS club_id,
         CAST(split_part(Score, ':', 1) AS INTEGER) AS scored,
         CAST(split_part(Score, ':', 2) AS INTEGER) AS conceded
  FROM competition_result
  UNION ALL
  SELECT Competition_ID, Club_ID_2,
         CAST(split_part(Score, ':', 2) AS INTEGER), CAST(split_part(Score, ':', 1) AS INTEGER)
  FROM competition_result
)
SELECT c.name AS club, c.Region AS region, COUNT(s.Competition_ID) AS matches,
       COUNT(*) FILTER (WHERE s.scored > s.conceded) AS wins,
       COUNT(*) FILTER (WHERE s.scored < s.conceded) AS losses,
       COUNT(*) FILTER (WHERE s.scored = s.conceded) AS draws,
       COALESCE(SUM(s.scored), 0) AS points_scored, COALESCE(SUM(s.conceded), 0) AS points_conceded,
       COUNT(DISTINCT s.Competition_ID) AS competitions,
       MIN(co.Year) AS first_year, MAX(co.Year) AS last_year
FROM club AS c
LEFT JOIN sides AS s ON s.club_id = c.Club_ID
LEFT JOIN competition AS co ON co.Competition_ID = s.Competition_ID
WHERE 1 = 1
{% if club %}AND c.name = :club
{% endif %}GROUP BY c.Club_ID, c.name, c.Region
ORDER BY
{% if sort == 'wins' %}wins DESC, c.name
{% elif sort == 'name' %}c.name
{% else %}matches DESC, c.name
{% endif %}
