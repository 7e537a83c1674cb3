/*---
title: Team batting totals
description: >
  Offense by team and season: season, team id and name, league, games, runs, at bats,
  hits, doubles, triples, home runs, walks, strikeouts, stolen bases and the team
  batting average (hits / at bats). Optionally one team (by name or team id), one
  league, one season or a range of seasons (inclusive). Most runs first (default), most
  home runs, best batting average, or by season.
examples:
  - team home run totals in 2015
  - which club scored the most runs in 1930
  - batting average by team for the Red Sox since 2000
keywords: [batting, offense, offence, runs, scored, hits, doubles, triples, home runs,
           homers, hr, walks, strikeouts, stolen bases, batting average, avg, team, teams,
           season]
params:
  team: {type: string, optional: true, label: team name or team id}
  league:
    type: choice
    optional: true
    choices: [AL, NL, AA, NA, FL, PL, UA]
    synonyms: {american league: AL, national league: NL, american association: AA,
               national association: NA, federal league: FL, players league: PL,
               union association: UA}
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  sort:
    type: choice
    choices: [most_runs, most_home_runs, best_average, year]
    default: most_runs
    synonyms: {most runs: most_runs, most home runs: most_home_runs, most homers: most_home_runs,
               best average: best_average, highest average: best_average, by year: year}
owner: "@baseball-data"
---*/
SELECT
    year,
    team_id,
    name AS team,
    league_id,
    g AS games,
    r AS runs,
    ab AS at_bats,
    h AS hits,
    "double" AS doubles,
    "triple" AS triples,
    hr AS home_runs,
    bb AS walks,
    so AS strikeouts,
    sb AS stolen_bases,
    ROUND(h / NULLIF(ab, 0), 3) AS batting_average
FROM team
WHERE 1 = 1
{% if team %}AND (name = :team OR team_id = :team)
{% endif %}{% if league %}AND league_id = :league
{% endif %}{% if year is not none and year is not false %}AND year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND year <= :to_year
{% endif %}ORDER BY
{% if sort == 'most_home_runs' %}home_runs DESC NULLS LAST, year, team_id
{% elif sort == 'best_average' %}batting_average DESC NULLS LAST, year, team_id
{% elif sort == 'year' %}year, team_id
{% else %}runs DESC NULLS LAST, year, team_id
{% endif %}
