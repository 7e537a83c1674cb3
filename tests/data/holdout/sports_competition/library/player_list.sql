/*---
title: Players
description: >
  One row per player: name, position, club, appearances, tries, goals (as recorded, e.g.
  50/60) and points. Optionally one player, the players of one club or one position, or
  only players with more than a number of points, tries or appearances (strict). Sorted by
  most points (default), most tries, most appearances, or by name.
examples:
  - list all players with their club and position
  - top 5 point scorers
  - players of AIB
  - who plays prop
  - players with more than 20 points
  - how many tries did Sam Burgess score
keywords: [player, players, squad, roster, name, names, position, positions, appearances,
           apps, caps, games, tries, try, goals, goal, points, scorer, scorers, scoring,
           captain, forward, wing, prop, hooker, full back]
params:
  player: {type: string, optional: true, label: player name}
  club: {type: string, optional: true, label: club name}
  position: {type: string, optional: true}
  min_points: {type: int, optional: true, min: 0, max: 100000, label: more than this many points}
  min_tries: {type: int, optional: true, min: 0, max: 100000, label: more than this many tries}
  min_apps: {type: int, optional: true, min: 0, max: 100000, label: more than this many appearances}
  sort:
    type: choice
    choices: [points, tries, apps, name]
    default: points
    synonyms: {most points: points, top scorers: points, highest scoring: points,
               scoring: points, most tries: tries, try scorers: tries, appearances: apps,
               most appearances: apps, most games: apps, caps: apps, alphabetical: name,
               by name: name, a-z: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@competition-analytics"
---*/
SELECT p.Player_ID AS player_id, p.name AS player, p.Position AS position, c.name AS club,
       p.Apps AS appearances, p.Tries AS tries, p.Goals AS goals, p.Points AS points
FROM player AS p
LEFT JOIN club AS c ON c.Club_ID = p.Club_ID
WHERE 1 = 1
{% if player %}AND p.name = :player
{% endif %}{% if club %}AND c.name = :club
{% endif %}{% if position %}AND p.Position = :position
{% endif %}{% if min_points is not none and min_points is not false %}AND p.Points > :min_points
{% endif %}{% if min_tries is not none and min_tries is not false %}AND p.Tries > :min_tries
{% endif %}{% if min_apps is not none and min_apps is not false %}AND p.Apps > :min_apps
{% endif %}ORDER BY
{% if sort == 'tries' %}p.Tries DESC, p.name
{% elif sort == 'apps' %}p.Apps DESC, p.name
{% elif sort == 'name' %}p.name
{% else %}p.Points DESC, p.name
{% endif %}{% if n %}LIMIT :n
{% endif %}
