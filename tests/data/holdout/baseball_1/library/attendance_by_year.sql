/*---
title: Attendance by season
description: >
  League-wide home attendance, one row per season: teams that played home games, parks
  used, home games played, total attendance, average attendance per team-park home record
  and average attendance per game. Optionally one league (AL, NL, ...) or a range of
  seasons (inclusive).
examples:
  - total attendance per season
  - how did average crowds change over the years
  - american league attendance since 1990
keywords: [attendance, attendances, crowd, crowds, fans, turnout, average, total, season,
           seasons, year, each year, per year, trend, over time, home games, league]
params:
  league:
    type: choice
    optional: true
    choices: [AL, NL, AA, NA, FL, PL, UA]
    synonyms: {american league: AL, national league: NL, american association: AA,
               national association: NA, federal league: FL, players league: PL,
               union association: UA}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
owner: "@baseball-data"
---*/
SELECT
    h.year,
    COUNT(DISTINCT h.team_id) AS teams,
    COUNT(DISTINCT h.park_id) AS parks,
    SUM(h.games) AS home_games,
    SUM(h.attendance) AS total_attendance,
    ROUND(AVG(h.attendance), 1) AS avg_attendance_per_record,
    ROUND(SUM(h.attendance) / NULLIF(SUM(h.games), 0), 1) AS avg_attendance_per_game
FROM home_game AS h
WHERE 1 = 1
{% if league %}AND h.league_id = :league
{% endif %}{% if from_year is not none and from_year is not false %}AND h.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND h.year <= :to_year
{% endif %}GROUP BY h.year
ORDER BY h.year
