/*---
title: Player salaries
description: >
  One row per player, season and team salary on record: season, player id, first and last
  name, team id and name, league and salary (US dollars). Optionally one player (first
  and/or last name), one team (by name or team id), one season or a range of seasons
  (inclusive), a minimum salary, and the top N rows only. Highest salary first (default),
  lowest first, by season, or by player name.
examples:
  - highest paid players in 2015
  - what was Derek Jeter paid each year
  - everyone on the Mets earning at least 10 million in 2010
  - salary history for Ken Griffey from 1990 to 1995
  - the 10 biggest contracts of 2005
keywords: [salary, salaries, paid, pay, earned, earn, earnings, contract, contracts, wage,
           wages, money, highest paid, well-paid, best paid, top, player, players, team,
           season, million, receive, received]
params:
  first_name: {type: string, optional: true, label: player's first name}
  last_name: {type: string, optional: true, label: player's last name}
  team: {type: string, optional: true, label: team name or team id}
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  min_salary: {type: int, optional: true, min: 0, max: 100000000, label: salary at least}
  n: {type: int, optional: true, min: 1, max: 1000, label: top N rows}
  sort:
    type: choice
    choices: [highest, lowest, year, name]
    default: highest
    synonyms: {highest: highest, top: highest, best paid: highest, well-paid: highest,
               biggest: highest, lowest: lowest, cheapest: lowest, least: lowest,
               by year: year, chronological: year, by season: year, by name: name,
               alphabetical: name}
owner: "@baseball-data"
---*/
SELECT
    s.year,
    s.player_id,
    p.name_first AS first_name,
    p.name_last AS last_name,
    s.team_id,
    t.name AS team,
    s.league_id,
    s.salary
FROM salary AS s
JOIN player AS p ON p.player_id = s.player_id
JOIN team AS t ON t.year = s.year AND t.team_id = s.team_id
WHERE 1 = 1
{% if first_name %}AND p.name_first = :first_name
{% endif %}{% if last_name %}AND p.name_last = :last_name
{% endif %}{% if team %}AND (t.name = :team OR t.team_id = :team)
{% endif %}{% if year is not none and year is not false %}AND s.year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND s.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND s.year <= :to_year
{% endif %}{% if min_salary is not none and min_salary is not false %}AND s.salary >= :min_salary
{% endif %}ORDER BY
{% if sort == 'lowest' %}s.salary, s.year, s.player_id
{% elif sort == 'year' %}s.year, s.team_id, s.salary DESC, s.player_id
{% elif sort == 'name' %}p.name_last, p.name_first, s.year, s.player_id
{% else %}s.salary DESC, s.year, s.player_id
{% endif %}{% if n is not none and n is not false %}LIMIT :n
{% endif %}
