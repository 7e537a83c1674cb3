/*---
title: Players by position
description: >
  Match-season players counted per position (Defender, Midfielder, Forward), with the
  distinct colleges, countries and teams they came from, and the best and average draft
  pick. Most players first (default), or by name.
examples:
  - players per position
  - which position is drafted earliest on average
  - breakdown by position
keywords: [position, positions, per position, by position, each position, how many players,
           count, most common, breakdown, split, defenders, midfielders, forwards,
           average draft pick]
params:
  sort:
    type: choice
    choices: [most, name]
    default: most
    synonyms: {most common: most, most players: most, alphabetical: name, by name: name}
owner: "@league-analytics"
---*/
SELECT m.Position AS position, COUNT(*) AS players, COUNT(DISTINCT m.College) AS colleges,
       COUNT(DISTINCT m.Country) AS countries, COUNT(DISTINCT m.Team) AS teams,
       MIN(m.Draft_Pick_Number) AS best_draft_pick,
       ROUND(AVG(m.Draft_Pick_Number), 1) AS average_draft_pick
FROM match_season AS m
GROUP BY m.Position
ORDER BY
{% if sort == 'name' %}m.Position
{% else %}players DESC, m.Position
{% endif %}
