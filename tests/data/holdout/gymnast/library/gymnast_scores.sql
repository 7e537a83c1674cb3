/*---
title: Gymnast scorecard
description: >
  One row per gymnast: name, age, height, hometown, the points on each apparatus (floor
  exercise, pommel horse, rings, vault, parallel bars, horizontal bar) and the all-around
  total. Optionally one gymnast by name, gymnasts from one hometown, with a total of at least
  so many points, or of an age range. Highest total first (default), highest on one
  apparatus first, by name, youngest or oldest first, tallest or shortest first.
examples:
  - gymnast scores
  - all-around standings
  - who scored best on the rings
  - scores of the gymnasts from Santo Domingo
  - gymnasts with at least 57.6 total points
  - Paul Hamm's scores
keywords: [gymnast, gymnasts, athlete, athletes, score, scores, points, total, total points,
           all-around, standings, ranking, leaderboard, floor, floor exercise, pommel horse,
           rings, vault, parallel bars, horizontal bar, high bar, apparatus, name, names]
params:
  gymnast: {type: string, optional: true, label: gymnast name}
  hometown: {type: string, optional: true, label: hometown}
  min_total: {type: number, optional: true, label: total points at least}
  min_age: {type: int, optional: true, min: 0, label: age at least}
  max_age: {type: int, optional: true, min: 0, label: age at most}
  sort:
    type: choice
    choices: [total, floor, pommel_horse, rings, vault, parallel_bars, horizontal_bar, name,
              youngest, oldest, tallest, shortest]
    default: total
    synonyms: {total points: total, all-around: total, floor exercise: floor,
               floor: floor, pommel horse: pommel_horse, pommel: pommel_horse, rings: rings,
               vault: vault, parallel bars: parallel_bars, horizontal bar: horizontal_bar,
               high bar: horizontal_bar, alphabetical: name, by name: name,
               youngest: youngest, oldest: oldest, tallest: tallest, shortest: shortest,
               by height: shortest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@federation-analytics"
---*/
SELECT p.Name AS gymnast, p.Age AS age, p.Height AS height_m, p.Hometown AS hometown,
       g.Floor_Exercise_Points AS floor_exercise, g.Pommel_Horse_Points AS pommel_horse,
       g.Rings_Points AS rings, g.Vault_Points AS vault,
       g.Parallel_Bars_Points AS parallel_bars, g.Horizontal_Bar_Points AS horizontal_bar,
       g.Total_Points AS total_points
FROM gymnast AS g
JOIN people AS p ON p.People_ID = g.Gymnast_ID
WHERE 1 = 1
{% if gymnast %}AND p.Name = :gymnast
{% endif %}{% if hometown %}AND p.Hometown = :hometown
{% endif %}{% if min_total is not none and min_total is not false %}AND g.Total_Points >= :min_total
{% endif %}{% if min_age is not none and min_age is not false %}AND p.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND p.Age <= :max_age
{% endif %}ORDER BY
{% if sort == 'floor' %}g.Floor_Exercise_Points DESC
{% elif sort == 'pommel_horse' %}g.Pommel_Horse_Points DESC
{% elif sort == 'rings' %}g.Rings_Points DESC
{% elif sort == 'vault' %}g.Vault_Points DESC
{% elif sort == 'parallel_bars' %}g.Parallel_Bars_Points DESC
{% elif sort == 'horizontal_bar' %}g.Horizontal_Bar_Points DESC
{% elif sort == 'name' %}p.Name
{% elif sort == 'youngest' %}p.Age, p.Name
{% elif sort == 'oldest' %}p.Age DESC, p.Name
{% elif sort == 'tallest' %}p.Height DESC, p.Name
{% elif sort == 'shortest' %}p.Height, p.Name
{% else %}g.Total_Points DESC
{% endif %}{% if n %}LIMIT :n
{% endif %}
