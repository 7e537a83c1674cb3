/*---
title: Postseason records by team
description: >
  One row per team (team id) that played a postseason series: its name(s), series
  played, series won and lost, World Series won, games won, lost and tied across those
  series, and the first and last postseason season. Optionally one team (by name or
  team id), one stage (world series, league championship, division series, wild card),
  one season or a range of seasons (inclusive). Most series won first (default), most
  series played, or by team id.
examples:
  - which franchises have the best playoff record
  - how many series did the Yankees win in the 1990s postseason
  - postseason wins by team in 2015
  - world series titles by team
keywords: [postseason, post-season, playoff, playoffs, series, world series, record,
           records, won, win, wins, victories, lost, losses, titles, championships,
           appearances, participated, team, teams, most, how many, times]
params:
  team: {type: string, optional: true, label: team name or team id}
  stage:
    type: choice
    optional: true
    choices: [world_series, league_championship, division_series, wild_card]
    synonyms: {world series: world_series, ws: world_series, fall classic: world_series,
               alcs: league_championship, nlcs: league_championship,
               championship series: league_championship, lcs: league_championship,
               division series: division_series, alds: division_series,
               nlds: division_series, wild card: wild_card, wildcard: wild_card}
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  sort:
    type: choice
    choices: [most_won, most_played, team]
    default: most_won
    synonyms: {most won: most_won, most wins: most_won, most victories: most_won,
               most titles: most_won, most played: most_played,
               most appearances: most_played, by team: team, alphabetical: team}
owner: "@baseball-data"
---*/
WITH series AS (
    SELECT
        s.*,
        CASE
            WHEN s.round = 'WS' THEN 'world_series'
            WHEN s.round IN ('ALCS', 'NLCS') THEN 'league_championship'
            WHEN s.round LIKE '__DS%' THEN 'division_series'
            WHEN s.round LIKE '__WC' THEN 'wild_card'
            ELSE 'other'
        END AS stage
    FROM postseason AS s
),
sides AS (
    SELECT year, round, stage, team_id_winner AS team_id, 1 AS won, wins AS games_won,
           losses AS games_lost, ties
    FROM series
    UNION ALL
    SELECT year, round, stage, team_id_loser, 0, losses, wins, ties
    FROM series
)
SELECT
    d.team_id,
    string_agg(DISTINCT t.name, ', ' ORDER BY t.name) AS team_names,
    COUNT(*) AS series_played,
    SUM(d.won) AS series_won,
    COUNT(*) - SUM(d.won) AS series_lost,
    COUNT(*) FILTER (WHERE d.won = 1 AND d.stage = 'world_series') AS world_series_won,
    SUM(d.games_won) AS games_won,
    SUM(d.games_lost) AS games_lost,
    SUM(d.ties) AS games_tied,
    MIN(d.year) AS first_year,
    MAX(d.year) AS last_year
FROM sides AS d
LEFT JOIN team AS t ON t.year = d.year AND t.team_id = d.team_id
WHERE 1 = 1
{% if team %}AND (t.name = :team OR d.team_id = :team)
{% endif %}{% if stage %}AND d.stage = :stage
{% endif %}{% if year is not none and year is not false %}AND d.year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND d.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND d.year <= :to_year
{% endif %}GROUP BY d.team_id
ORDER BY
{% if sort == 'most_played' %}series_played DESC, d.team_id
{% elif sort == 'team' %}d.team_id
{% else %}series_won DESC, series_played DESC, d.team_id
{% endif %}
