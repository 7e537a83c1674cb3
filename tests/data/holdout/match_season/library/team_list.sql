/*---
title: Teams
description: >
  One row per team: name, its match-season players, the distinct colleges and positions
  among them, its first and last season, and its Davis Cup players. Optionally one team.
  By name (default) or most match-season players first.
examples:
  - list all the teams
  - how many colleges have D.C. United players come from
  - teams ranked by number of players
keywords: [team, teams, club, clubs, franchise, team names, squad, colleges per team,
           players per team, roster size]
params:
  team: {type: string, optional: true, label: team}
  sort:
    type: choice
    choices: [name, most_players]
    default: name
    synonyms: {alphabetical: name, by name: name, a-z: name, most players: most_players,
               biggest: most_players, largest roster: most_players}
owner: "@league-analytics"
---*/
SELECT t.Name AS team, COUNT(m.Season) AS match_season_players,
       COUNT(DISTINCT m.College) AS colleges, COUNT(DISTINCT m.Position) AS positions,
       MIN(m.Season) AS first_season, MAX(m.Season) AS last_season,
       (SELECT COUNT(*) FROM player AS p WHERE p.Team = t.Team_id) AS davis_cup_players
FROM team AS t
LEFT JOIN match_season AS m ON m.Team = t.Team_id
WHERE 1 = 1
{% if team %}AND lower(t.Name) = lower(:team)
{% endif %}GROUP BY t.Team_id, t.Name
ORDER BY
{% if sort == 'most_players' %}match_season_players DESC, t.Name
{% else %}t.Name
{% endif %}
