/*---
title: Colleges and the players who attended them
description: >
  One row per college with at least one player in the warehouse: college id, full name,
  city, state and country, the number of distinct players who attended it, the number of
  player-college seasons on record, the first and last season attended, and the average
  height (inches) and weight (pounds) of its players, each player counted once. Optionally
  one college (by full name or college id), one state, or only colleges with at least a
  given number of players. Most players first (default), by name, or tallest first.
examples:
  - which colleges produced the most big leaguers
  - how tall are the players who went to Stanford on average
  - colleges in California with at least 3 players
  - player count for the University of Michigan
keywords: [college, colleges, university, universities, school, schools, alma mater,
           attended, went to, players, how many, average, height, tall, weight, most]
params:
  college: {type: string, optional: true, label: college full name or college id}
  state: {type: string, optional: true, label: state of the college}
  min_players: {type: int, optional: true, min: 1, max: 500, label: players at least}
  sort:
    type: choice
    choices: [most_players, name, tallest]
    default: most_players
    synonyms: {most players: most_players, most: most_players, largest number: most_players,
               biggest: most_players, alphabetical: name, by name: name, tallest: tallest,
               tallest players: tallest}
owner: "@baseball-data"
---*/
WITH attended AS (
    SELECT
        pc.college_id,
        pc.player_id,
        COUNT(*) AS seasons,
        MIN(pc.year) AS first_year,
        MAX(pc.year) AS last_year
    FROM player_college AS pc
    GROUP BY pc.college_id, pc.player_id
)
SELECT
    c.college_id,
    c.name_full AS college,
    c.city,
    c.state,
    c.country,
    COUNT(*) AS players,
    SUM(a.seasons) AS player_seasons,
    MIN(a.first_year) AS first_year,
    MAX(a.last_year) AS last_year,
    ROUND(AVG(p.height), 2) AS avg_height_in,
    ROUND(AVG(p.weight), 1) AS avg_weight_lb
FROM attended AS a
JOIN college AS c ON c.college_id = a.college_id
JOIN player AS p ON p.player_id = a.player_id
WHERE 1 = 1
{% if college %}AND (c.name_full = :college OR c.college_id = :college)
{% endif %}{% if state %}AND c.state = :state
{% endif %}GROUP BY c.college_id, c.name_full, c.city, c.state, c.country
{% if min_players is not none and min_players is not false %}HAVING COUNT(*) >= :min_players
{% endif %}ORDER BY
{% if sort == 'name' %}college, c.college_id
{% elif sort == 'tallest' %}avg_height_in DESC NULLS LAST, c.college_id
{% else %}players DESC, player_seasons DESC, c.college_id
{% endif %}
