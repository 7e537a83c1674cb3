/*---
title: Cast size per musical
description: >
  One row per musical, including musicals with nobody on our cast records: how many actors
  it has, their names and the characters they play. Optionally only musicals whose cast size
  is within bounds (inclusive; at most 0 gives the musicals with no actors on record).
  Biggest cast first (default) or by musical name.
examples:
  - how big is the cast of each show
  - which musical has the biggest cast
  - musicals with no cast on record
  - shows with at least 2 actors
keywords: [cast size, cast, actors, performers, per musical, each musical, each show,
           number of actors, how many actors, headcount, biggest cast, no actors]
params:
  min_actors: {type: int, optional: true, min: 0, label: at least (actors)}
  max_actors: {type: int, optional: true, min: 0, label: at most (actors)}
  sort:
    type: choice
    choices: [biggest, name]
    default: biggest
    synonyms: {biggest cast: biggest, largest: biggest, most actors: biggest,
               by name: name, alphabetical: name}
owner: "@theatre-analytics"
---*/
SELECT m.Name AS musical, COUNT(a.Actor_ID) AS actors,
       string_agg(a.Name, '; ' ORDER BY a.Name) AS actor_names,
       string_agg(a."Character", '; ' ORDER BY a.Name) AS characters
FROM musical AS m
LEFT JOIN actor AS a ON a.Musical_ID = m.Musical_ID
GROUP BY m.Musical_ID, m.Name
HAVING 1 = 1
{% if min_actors is not none %}AND COUNT(a.Actor_ID) >= :min_actors
{% endif %}{% if max_actors is not none %}AND COUNT(a.Actor_ID) <= :max_actors
{% endif %}ORDER BY
{% if sort == 'name' %}m.Name
{% else %}actors DESC, m.Name
{% endif %}
