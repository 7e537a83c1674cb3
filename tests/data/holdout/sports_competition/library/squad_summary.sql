/*---
title: Squad summary
description: >
  Players grouped per position (default) or per club: number of players, total and average
  points, total tries, average appearances and the highest points of a player. Optionally
  only groups with at least a number of players, or only one club's players. Sorted by most
  players (default), most total points, highest average points, or by name.
examples:
  - number of players per position
  - average points by position
  - how many players does each club have
  - squad size by club
  - positions with at least 2 players
keywords: [position, positions, per position, by position, each position, club, clubs,
           per club, by club, each club, squad, squads, players, count, number, how many,
           average, avg, mean, total, breakdown]
params:
  by:
    type: choice
    choices: [position, club]
    default: position
    synonyms: {per position: position, by position: position, positions: position,
               each position: position, role: position, per club: club, by club: club,
               clubs: club, each club: club, team: club, per team: club}
  club: {type: string, optional: true, label: only this club's players}
  min_players: {type: int, optional: true, min: 0, max: 100000, label: at least this many players}
  sort:
    type: choice
    choices: [players, points, average_points, name]
    default: players
    synonyms: {most players: players, count: players, total points: points,
               most points: points, average points: average_points, avg points: average_points,
               alphabetical: name, by name: name}
owner: "@competition-analytics"
---*/
SELECT
{% if by == 'club' %}c.name AS club,
{% else %}p.Position AS position,
{% endif %}       COUNT(*) AS players, SUM(p.Points) AS total_points,
       ROUND(AVG(p.Points), 2) AS average_points, SUM(p.Tries) AS total_tries,
       ROUND(AVG(p.Apps), 2) AS average_appearances, MAX(p.Points) AS highest_points
FROM player AS p
LEFT JOIN club AS c ON c.Club_ID = p.Club_ID
WHERE 1 = 1
{% if club %}AND c.name = :club
{% endif %}GROUP BY 1
{% if min_players is not none and min_players is not false %}HAVING COUNT(*) >= :min_players
{% endif %}ORDER BY
{% if sort == 'points' %}total_points DESC, 1
{% elif sort == 'average_points' %}average_points DESC, 1
{% elif sort == 'name' %}1
{% else %}players DESC, 1
{% endif %}
