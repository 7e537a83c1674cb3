/*---
title: Players by college
description: >
  Match-season players counted per college, with the positions they played and their
  first and last season. Optionally one position, or colleges with at least so many
  players. Most players first (default), college A-Z, or college Z-A; `n` for a top N.
examples:
  - which colleges produce the most players
  - colleges with 2+ players
  - college breakdown of the midfielders
keywords: [college, colleges, university, universities, school, schools, per college,
           by college, each college, most players, pipeline, feeder, how many players]
params:
  position:
    type: choice
    choices: [Defender, Midfielder, Forward]
    optional: true
    synonyms: {defender: Defender, defenders: Defender, defence: Defender, defense: Defender,
               defensive: Defender, back: Defender, midfielder: Midfielder,
               midfielders: Midfielder, midfield: Midfielder, forward: Forward,
               forwards: Forward, striker: Forward, strikers: Forward, attacker: Forward}
  min_players: {type: int, optional: true, min: 1, label: at least (players)}
  sort:
    type: choice
    choices: [most, name, name_desc]
    default: most
    synonyms: {most players: most, most common: most, alphabetical: name, a-z: name,
               ascending: name, z-a: name_desc, reverse alphabetical: name_desc,
               descending alphabetical: name_desc}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@league-analytics"
---*/
SELECT m.College AS college, COUNT(*) AS players,
       string_agg(DISTINCT m.Position, ', ' ORDER BY m.Position) AS positions,
       MIN(m.Season) AS first_season, MAX(m.Season) AS last_season
FROM match_season AS m
WHERE 1 = 1
{% if position %}AND m.Position = :position
{% endif %}GROUP BY m.College
{% if min_players is not none and min_players is not false %}HAVING COUNT(*) >= :min_players
{% endif %}ORDER BY
{% if sort == 'name' %}m.College
{% elif sort == 'name_desc' %}m.College DESC
{% else %}players DESC, m.College
{% endif %}{% if n %}LIMIT :n
{% endif %}
