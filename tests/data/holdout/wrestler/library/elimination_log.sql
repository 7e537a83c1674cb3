/*---
title: Elimination match log
description: >
  One row per elimination in the elimination match: elimination id, the wrestler eliminated,
  their team, who eliminated them, the finishing move, the time on the match clock, and the
  eliminated wrestler's reign and days held as champion. Optionally one team, one
  eliminator, one wrestler, one move, or eliminated wrestlers whose days held are within
  bounds (inclusive). In match order (default), most days held first, or by wrestler name.
examples:
  - show the elimination log
  - who got eliminated from Team Batista
  - which eliminations did Rhodes make
  - what move eliminated Fishman
  - elimination times for former champions with more than a year held
keywords: [elimination, eliminations, eliminated, eliminated by, move, moves, finisher,
           finishing move, time, times, match clock, team, teams, knocked out, pinned]
params:
  team: {type: string, optional: true, label: team}
  eliminated_by: {type: string, optional: true, label: eliminated by}
  wrestler: {type: string, optional: true, label: wrestler eliminated}
  move: {type: string, optional: true, label: elimination move}
  min_days: {type: int, optional: true, min: 0, label: at least (days held)}
  max_days: {type: int, optional: true, min: 0, label: at most (days held)}
  sort:
    type: choice
    choices: [time, most_days, name]
    default: time
    synonyms: {match order: time, chronological: time, by time: time, in order: time,
               most days: most_days, longest reign: most_days, days held: most_days,
               by name: name, alphabetical: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@wrestling-stats"
---*/
SELECT e.Elimination_ID AS elimination_id, w.Name AS wrestler, e.Team AS team,
       e.Eliminated_By AS eliminated_by, e.Elimination_Move AS elimination_move,
       e.Time AS elimination_time, w.Reign AS reign, w.Days_held AS days_held
FROM Elimination AS e
JOIN wrestler AS w ON w.Wrestler_ID = e.Wrestler_ID
WHERE 1 = 1
{% if team %}AND e.Team = :team
{% endif %}{% if eliminated_by %}AND e.Eliminated_By = :eliminated_by
{% endif %}{% if wrestler %}AND w.Name = :wrestler
{% endif %}{% if move %}AND e.Elimination_Move = :move
{% endif %}{% if min_days is not none and min_days is not false %}AND w.Days_held >= :min_days
{% endif %}{% if max_days is not none and max_days is not false %}AND w.Days_held <= :max_days
{% endif %}ORDER BY
{% if sort == 'most_days' %}w.Days_held DESC, e.Time
{% elif sort == 'name' %}w.Name
{% else %}e.Time
{% endif %}{% if n %}LIMIT :n
{% endif %}
