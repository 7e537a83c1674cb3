/*---
title: Wins per pilot
description: >
  Per pilot: rounds won (pilots without a win show 0), the countries of those wins and the
  pilot's age. Optionally only pilots with at least a number of wins. Sorted by most wins
  (default) or name.
examples:
  - how many rounds has each pilot won
  - which pilot has the most wins
  - pilots with at least 2 wins
keywords: [pilot, pilots, wins, won, victories, winner, rounds won, most wins, leaderboard,
           standings, count]
params:
  min_wins: {type: int, optional: true, min: 0, label: at least this many wins}
  sort:
    type: choice
    choices: [wins, name]
    default: wins
    synonyms: {most wins: wins, victories: wins, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@aviation-analytics"
---*/
SELECT p.Name AS pilot, p.Age AS age, COUNT(m."Round") AS wins,
       string_agg(m.Country, ', ' ORDER BY m."Round") AS countries_won
FROM pilot AS p
LEFT JOIN "match" AS m ON m.Winning_Pilot = p.Pilot_Id
GROUP BY p.Pilot_Id, p.Name, p.Age
HAVING 1 = 1
{% if min_wins is not none and min_wins is not false %}AND COUNT(m."Round") >= :min_wins
{% endif %}ORDER BY
{% if sort == 'name' %}p.Name
{% else %}wins DESC, p.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
