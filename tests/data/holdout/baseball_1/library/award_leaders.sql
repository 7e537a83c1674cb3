/*---
title: Award winners and leaders
description: >
  Who won awards, one row per person: id, first and last name, awards won, distinct
  awards, the first and last season with an award, and the awards won with their
  seasons. Player awards (MVP, Cy Young, Gold Glove, ...) by default, or manager awards
  (Manager of the Year). Optionally one award (by name as stored, e.g. Most Valuable
  Player), one league, one season or a range of seasons (inclusive), and the top N only.
  Most awards first (default) or by name.
examples:
  - who has won the most awards
  - MVP winners since 2000
  - top 5 managers by manager of the year awards
  - gold glove winners in the American League in 2010
keywords: [award, awards, won, win, wins, winner, winners, prize, honor, honors, mvp,
           cy young, gold glove, silver slugger, rookie of the year, manager of the year,
           player, players, manager, managers, most, top, leaders]
params:
  kind:
    type: choice
    choices: [player, manager]
    default: player
    synonyms: {player award: player, player awards: player, players: player,
               manager award: manager, manager awards: manager, managers: manager,
               manager of the year: manager}
  award: {type: string, optional: true, label: award name as stored}
  league:
    type: choice
    optional: true
    choices: [AL, NL, ML]
    synonyms: {american league: AL, national league: NL, major league: ML, mlb: ML}
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  n: {type: int, optional: true, min: 1, max: 1000, label: top N}
  sort:
    type: choice
    choices: [most_awards, name]
    default: most_awards
    synonyms: {most: most_awards, most awards: most_awards, top: most_awards,
               alphabetical: name, by name: name}
owner: "@baseball-data"
---*/
WITH won AS (
{% if kind == 'manager' %}    SELECT player_id, award_id, year, league_id FROM manager_award
{% else %}    SELECT player_id, award_id, year, league_id FROM player_award
{% endif %})
SELECT
    w.player_id,
    p.name_first AS first_name,
    p.name_last AS last_name,
    COUNT(*) AS awards,
    COUNT(DISTINCT w.award_id) AS distinct_awards,
    MIN(w.year) AS first_year,
    MAX(w.year) AS last_year,
    string_agg(w.award_id || ' ' || w.year, '; ' ORDER BY w.year, w.award_id) AS awards_won
FROM won AS w
JOIN player AS p ON p.player_id = w.player_id
WHERE 1 = 1
{% if award %}AND w.award_id = :award
{% endif %}{% if league %}AND w.league_id = :league
{% endif %}{% if year is not none and year is not false %}AND w.year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND w.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND w.year <= :to_year
{% endif %}GROUP BY w.player_id, p.name_first, p.name_last
ORDER BY
{% if sort == 'name' %}last_name, first_name, w.player_id
{% else %}awards DESC, w.player_id
{% endif %}{% if n is not none and n is not false %}LIMIT :n
{% endif %}
