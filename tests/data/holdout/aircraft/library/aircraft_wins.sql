/*---
title: Wins per aircraft
description: >
  Per aircraft type: rounds won with it (aircraft without a win show 0), the locations of
  those wins, and the number of airports it is based at. Optionally only aircraft with at
  least a number of wins. Sorted by most wins (default) or name.
examples:
  - how many times has each aircraft won
  - which aircraft won the most rounds
  - aircraft with at least two wins
keywords: [aircraft, helicopter, wins, won, victories, winning aircraft, most wins, rounds,
           count, times]
params:
  min_wins: {type: int, optional: true, min: 0, label: at least this many wins}
  sort:
    type: choice
    choices: [wins, name]
    default: wins
    synonyms: {most wins: wins, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@aviation-analytics"
---*/
SELECT ac.Aircraft AS aircraft, COUNT(m."Round") AS wins,
       string_agg(m.Location, '; ' ORDER BY m."Round") AS winning_locations,
       (SELECT COUNT(*) FROM airport_aircraft AS aa WHERE aa.Aircraft_ID = ac.Aircraft_ID) AS airports_based
FROM aircraft AS ac
LEFT JOIN "match" AS m ON m.Winning_Aircraft = ac.Aircraft_ID
GROUP BY ac.Aircraft_ID, ac.Aircraft
HAVING 1 = 1
{% if min_wins is not none and min_wins is not false %}AND COUNT(m."Round") >= :min_wins
{% endif %}ORDER BY
{% if sort == 'name' %}ac.Aircraft
{% else %}wins DESC, ac.Aircraft
{% endif %}{% if n %}LIMIT :n
{% endif %}
