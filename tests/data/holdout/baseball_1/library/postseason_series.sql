/*---
title: Postseason series results
description: >
  One row per postseason series: season, round (WS, ALCS, NLDS1, ...) and its stage
  (world series, league championship, division series, wild card), the winning and the
  losing team (id, name, league), games won by the winner, by the loser, and tied games.
  Optionally one team (by name or team id, on either side), one stage, one season or a
  range of seasons (inclusive). By season (default) or most lopsided first.
examples:
  - world series results since 2000
  - every playoff series the Cardinals played in the 1980s
  - postseason results for 1995
  - which series ended in a sweep in 2007
keywords: [postseason, post-season, playoff, playoffs, series, world series, ws, alcs,
           nlcs, division series, wild card, championship, won, win, winner, lost, lose,
           loser, beat, result, results, games, ties, tied, sweep]
params:
  team: {type: string, optional: true, label: team name or team id (either side)}
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
    choices: [year, most_lopsided]
    default: year
    synonyms: {by year: year, chronological: year, most lopsided: most_lopsided,
               sweeps first: most_lopsided, biggest margin: most_lopsided}
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
)
SELECT
    s.year,
    s.round,
    s.stage,
    s.team_id_winner AS winner_id,
    w.name AS winner,
    s.league_id_winner AS winner_league,
    s.team_id_loser AS loser_id,
    l.name AS loser,
    s.league_id_loser AS loser_league,
    s.wins,
    s.losses,
    s.ties
FROM series AS s
LEFT JOIN team AS w ON w.year = s.year AND w.team_id = s.team_id_winner
LEFT JOIN team AS l ON l.year = s.year AND l.team_id = s.team_id_loser
WHERE 1 = 1
{% if team %}AND (w.name = :team OR l.name = :team OR s.team_id_winner = :team
     OR s.team_id_loser = :team)
{% endif %}{% if stage %}AND s.stage = :stage
{% endif %}{% if year is not none and year is not false %}AND s.year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND s.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND s.year <= :to_year
{% endif %}ORDER BY
{% if sort == 'most_lopsided' %}s.wins - s.losses DESC, s.year, s.round
{% else %}s.year, s.round
{% endif %}
