/*---
title: All-Star selections by player
description: >
  One row per player selected for an All-Star game: player id, first and last name, the
  number of All-Star games selected for, the games started (a starting position on
  record), the first and last All-Star season and the teams represented. Optionally one
  season or a range of seasons (inclusive), one team id, one league, and the top N players
  only. Most selections first (default) or by name.
examples:
  - who made the All-Star team in 2015
  - most All-Star selections of all time
  - top 10 all-stars since 1980
  - National League all-stars in 1975
keywords: [all star, all-star, allstar, all stars, all-stars, midsummer classic, selected,
           selection, selections, appearances, experiences, participated, participating,
           game, games, players, who, most, top, roster]
params:
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  team_id: {type: string, optional: true, label: team id such as NYA or BOS}
  league:
    type: choice
    optional: true
    choices: [AL, NL]
    synonyms: {american league: AL, national league: NL}
  n: {type: int, optional: true, min: 1, max: 1000, label: top N players}
  sort:
    type: choice
    choices: [most_selections, name]
    default: most_selections
    synonyms: {most: most_selections, most selections: most_selections,
               most appearances: most_selections, top: most_selections,
               alphabetical: name, by name: name}
owner: "@baseball-data"
---*/
SELECT
    a.player_id,
    p.name_first AS first_name,
    p.name_last AS last_name,
    COUNT(*) AS all_star_games,
    COUNT(a.starting_pos) AS games_started,
    MIN(a.year) AS first_year,
    MAX(a.year) AS last_year,
    string_agg(DISTINCT a.team_id, ', ' ORDER BY a.team_id) AS teams
FROM all_star AS a
JOIN player AS p ON p.player_id = a.player_id
WHERE 1 = 1
{% if year is not none and year is not false %}AND a.year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND a.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND a.year <= :to_year
{% endif %}{% if team_id %}AND a.team_id = :team_id
{% endif %}{% if league %}AND a.league_id = :league
{% endif %}GROUP BY a.player_id, p.name_first, p.name_last
ORDER BY
{% if sort == 'name' %}last_name, first_name, a.player_id
{% else %}all_star_games DESC, a.player_id
{% endif %}{% if n is not none and n is not false %}LIMIT :n
{% endif %}
