/*---
title: Eliminations made, per eliminator
description: >
  One row per wrestler credited with an elimination in the elimination match (the
  "eliminated by" name): eliminations made, the teams of the wrestlers they eliminated,
  the moves they used and the time of their first elimination. Optionally one eliminator
  or one team eliminated. Most eliminations first (default) or earliest first.
examples:
  - who made the most eliminations
  - eliminations per eliminator
  - which wrestlers did the eliminating against Team Orton
keywords: [eliminator, eliminators, eliminated by, made, scored, credited, who eliminated,
           eliminations made, finishers used]
params:
  eliminated_by: {type: string, optional: true, label: eliminator}
  team: {type: string, optional: true, label: team eliminated}
  sort:
    type: choice
    choices: [most_eliminations, earliest]
    default: most_eliminations
    synonyms: {most eliminations: most_eliminations, most: most_eliminations,
               earliest: earliest, first: earliest, chronological: earliest}
owner: "@wrestling-stats"
---*/
SELECT e.Eliminated_By AS eliminated_by, COUNT(*) AS eliminations,
       string_agg(DISTINCT e.Team, '; ') AS teams_eliminated,
       string_agg(DISTINCT e.Elimination_Move, '; ') AS moves,
       MIN(e.Time) AS first_elimination
FROM Elimination AS e
WHERE 1 = 1
{% if eliminated_by %}AND e.Eliminated_By = :eliminated_by
{% endif %}{% if team %}AND e.Team = :team
{% endif %}GROUP BY e.Eliminated_By
ORDER BY
{% if sort == 'earliest' %}first_elimination
{% else %}eliminations DESC, first_elimination
{% endif %}
