/*---
title: Eliminations by team
description: >
  One row per team in the elimination match: eliminations suffered, distinct eliminated
  wrestlers, distinct eliminators, the first and the last elimination time. Optionally one
  team, or only teams with at least so many eliminations. Most eliminations first (default)
  or by team name.
examples:
  - eliminations per team
  - which team lost the most wrestlers
  - teams with at least 2 eliminations
  - when was team orton's first elimination
keywords: [team, teams, eliminations per team, suffered, lost, per team, by team, side, sides]
params:
  team: {type: string, optional: true, label: team}
  min_eliminations: {type: int, optional: true, min: 0, label: at least (eliminations)}
  sort:
    type: choice
    choices: [most_eliminations, name]
    default: most_eliminations
    synonyms: {most eliminations: most_eliminations, most: most_eliminations,
               by name: name, alphabetical: name}
owner: "@wrestling-stats"
---*/
SELECT e.Team AS team, COUNT(*) AS eliminations,
       COUNT(DISTINCT e.Wrestler_ID) AS wrestlers_eliminated,
       COUNT(DISTINCT e.Eliminated_By) AS eliminators,
       MIN(e.Time) AS first_elimination, MAX(e.Time) AS last_elimination
FROM Elimination AS e
WHERE 1 = 1
{% if team %}AND e.Team = :team
{% endif %}GROUP BY e.Team
{% if min_eliminations is not none and min_eliminations is not false %}HAVING COUNT(*) >= :min_eliminations
{% endif %}ORDER BY
{% if sort == 'name' %}e.Team
{% else %}eliminations DESC, e.Team
{% endif %}
