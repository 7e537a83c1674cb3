/*---
title: Team payroll
description: >
  Salaries paid by each team, one row per team and season (default) or one row per team
  over all the seasons selected: the team id, its name(s), league, the number of players
  paid, the total payroll, and the average, highest and lowest salary. Optionally one team
  (by name or team id), one league, one season or a range of seasons (inclusive). By
  season (default), biggest payroll, highest or lowest average salary, or highest single
  salary.
examples:
  - payroll by team for 2015
  - what did the Yankees spend on salaries each year since 2010
  - which club pays the least on average
  - biggest single salary on each team, all time
  - how many players were on the Giants payroll in 2000
keywords: [payroll, salary, salaries, pay, paid, pays, spend, spent, spending, expenses,
           wage, wages, money, earn, team, teams, club, clubs, average, highest, lowest,
           total, players, how many, each team, per team]
params:
  team: {type: string, optional: true, label: team name or team id}
  league:
    type: choice
    optional: true
    choices: [AL, NL]
    synonyms: {american league: AL, national league: NL}
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  grain:
    type: choice
    choices: [season, team]
    default: season
    synonyms: {per season: season, by season: season, each year: season, per year: season,
               by year: season, per team: team, each team: team, all time: team,
               overall: team, all seasons: team, across seasons: team}
  sort:
    type: choice
    choices: [year, biggest_payroll, highest_average, lowest_average, highest_salary]
    default: year
    synonyms: {by year: year, chronological: year, biggest payroll: biggest_payroll,
               most spent: biggest_payroll, highest payroll: biggest_payroll,
               highest average: highest_average, best paid: highest_average,
               lowest average: lowest_average, cheapest: lowest_average,
               lowest average salary: lowest_average, highest salary: highest_salary,
               biggest salary: highest_salary}
owner: "@baseball-data"
---*/
WITH paid AS (
    SELECT s.year, s.team_id, t.name, s.league_id, s.player_id, s.salary
    FROM salary AS s
    JOIN team AS t ON t.year = s.year AND t.team_id = s.team_id
    WHERE 1 = 1
    {% if team %}AND (t.name = :team OR t.team_id = :team)
    {% endif %}{% if league %}AND s.league_id = :league
    {% endif %}{% if year is not none and year is not false %}AND s.year = :year
    {% endif %}{% if from_year is not none and from_year is not false %}AND s.year >= :from_year
    {% endif %}{% if to_year is not none and to_year is not false %}AND s.year <= :to_year
    {% endif %}
)
SELECT
{% if grain == 'team' %}    team_id,
    string_agg(DISTINCT name, ', ' ORDER BY name) AS team_names,
    string_agg(DISTINCT league_id, ', ' ORDER BY league_id) AS leagues,
    MIN(year) AS first_year,
    MAX(year) AS last_year,
{% else %}    year,
    team_id,
    name AS team,
    league_id,
{% endif %}    COUNT(DISTINCT player_id) AS players,
    SUM(salary) AS total_salary,
    ROUND(AVG(salary), 2) AS average_salary,
    MAX(salary) AS highest_salary,
    MIN(salary) AS lowest_salary
FROM paid
{% if grain == 'team' %}GROUP BY team_id
{% else %}GROUP BY year, team_id, name, league_id
{% endif %}ORDER BY
{% if sort == 'biggest_payroll' %}total_salary DESC, team_id
{% elif sort == 'highest_average' %}average_salary DESC, team_id
{% elif sort == 'lowest_average' %}average_salary, team_id
{% elif sort == 'highest_salary' %}highest_salary DESC, team_id
{% elif grain == 'team' %}team_id
{% else %}year, team_id
{% endif %}
