/*---
title: Home games by team, park and season
description: >
  One row per team, ballpark and season: season, team id and name, the team's league and
  final standing (rank), park id and name, city and state, the first and last date
  played there, home games, openings, total attendance and attendance per game.
  Optionally one team (by name or team id), one park (by name), one city, one state, one
  season or a range of seasons (inclusive). By season (default), highest or lowest
  attendance first, or most games first.
examples:
  - where did the Cubs play their home games in 1915
  - best drawing ballparks in 2010
  - home games played in Chicago in 1990
  - attendance at Wrigley Field since 2000
  - which team had the smallest home crowds in 1995
keywords: [home, home game, home games, games, played, park, parks, ballpark, stadium,
           field, attendance, attendances, attended, attend, crowd, crowds, fans, drew,
           draw, city, state, team, rank, openings, most, least, highest, lowest]
params:
  team: {type: string, optional: true, label: team name or team id}
  park: {type: string, optional: true, label: park name}
  city: {type: string, optional: true, label: city of the park}
  state: {type: string, optional: true, label: state of the park}
  year: {type: int, optional: true, min: 1871, max: 2015, label: season}
  from_year: {type: int, optional: true, min: 1871, max: 2015, label: first season}
  to_year: {type: int, optional: true, min: 1871, max: 2015, label: last season}
  sort:
    type: choice
    choices: [year, highest_attendance, lowest_attendance, most_games]
    default: year
    synonyms: {by year: year, chronological: year, most attendance: highest_attendance,
               highest attendance: highest_attendance, biggest crowds: highest_attendance,
               most people: highest_attendance, best drawing: highest_attendance,
               least attendance: lowest_attendance, lowest attendance: lowest_attendance,
               smallest crowds: lowest_attendance, fewest fans: lowest_attendance,
               most games: most_games}
owner: "@baseball-data"
---*/
SELECT
    h.year,
    h.team_id,
    t.name AS team,
    h.league_id,
    t.rank,
    h.park_id,
    k.park_name AS park,
    k.city,
    k.state,
    h.span_first AS first_game,
    h.span_last AS last_game,
    h.games,
    h.openings,
    h.attendance,
    ROUND(h.attendance / NULLIF(h.games, 0), 1) AS attendance_per_game
FROM home_game AS h
JOIN team AS t ON t.year = h.year AND t.team_id = h.team_id
JOIN park AS k ON k.park_id = h.park_id
WHERE 1 = 1
{% if team %}AND (t.name = :team OR t.team_id = :team)
{% endif %}{% if park %}AND k.park_name = :park
{% endif %}{% if city %}AND k.city = :city
{% endif %}{% if state %}AND k.state = :state
{% endif %}{% if year is not none and year is not false %}AND h.year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND h.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND h.year <= :to_year
{% endif %}ORDER BY
{% if sort == 'highest_attendance' %}h.attendance DESC, h.year, h.team_id
{% elif sort == 'lowest_attendance' %}h.attendance, h.year, h.team_id
{% elif sort == 'most_games' %}h.games DESC, h.year, h.team_id
{% else %}h.year, h.team_id, h.span_first
{% endif %}
