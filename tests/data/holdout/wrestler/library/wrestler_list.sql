/*---
title: Wrestlers and their title reigns
description: >
  One row per wrestler who held the title: id, name, reign number, days held, location and
  event where the title was won, and, for wrestlers who were eliminated in the elimination
  match, their team, who eliminated them, the move and the time. Optionally one wrestler by
  name, one location or event, a reign number, days held within bounds (inclusive), or only
  wrestlers who were (or were not) eliminated. By name (default), most days held first,
  fewest days held first, or by id.
examples:
  - list all the wrestlers
  - wrestlers who won the title in Osaka
  - who held the belt the longest
  - which wrestlers held the title for under a month
  - wrestlers that survived the elimination match
keywords: [wrestler, wrestlers, champion, champions, title holder, name, names, reign, reigns,
           days held, held, location, locations, won, event, survived, eliminated]
params:
  wrestler: {type: string, optional: true, label: wrestler name}
  location: {type: string, optional: true, label: location}
  event: {type: string, optional: true, label: event}
  reign: {type: int, optional: true, min: 1, max: 20, label: reign number}
  min_days: {type: int, optional: true, min: 0, label: at least (days held)}
  max_days: {type: int, optional: true, min: 0, label: at most (days held)}
  elimination:
    type: choice
    choices: [eliminated, not_eliminated]
    optional: true
    synonyms: {were eliminated: eliminated, got eliminated: eliminated,
               not eliminated: not_eliminated, never eliminated: not_eliminated,
               survived: not_eliminated, survivors: not_eliminated, still standing: not_eliminated}
  sort:
    type: choice
    choices: [name, most_days, fewest_days, id]
    default: name
    synonyms: {alphabetical: name, by name: name, longest reign: most_days,
               most days: most_days, longest: most_days, shortest reign: fewest_days,
               fewest days: fewest_days, shortest: fewest_days, by id: id}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@wrestling-stats"
---*/
SELECT w.Wrestler_ID AS wrestler_id, w.Name AS name, w.Reign AS reign,
       w.Days_held AS days_held, w.Location AS location, w.Event AS event,
       e.Team AS team, e.Eliminated_By AS eliminated_by, e.Elimination_Move AS elimination_move,
       e.Time AS elimination_time
FROM wrestler AS w
LEFT JOIN Elimination AS e ON e.Wrestler_ID = w.Wrestler_ID
WHERE 1 = 1
{% if wrestler %}AND w.Name = :wrestler
{% endif %}{% if location %}AND w.Location = :location
{% endif %}{% if event %}AND w.Event = :event
{% endif %}{% if reign %}AND w.Reign = :reign
{% endif %}{% if min_days is not none and min_days is not false %}AND w.Days_held >= :min_days
{% endif %}{% if max_days is not none and max_days is not false %}AND w.Days_held <= :max_days
{% endif %}{% if elimination == 'eliminated' %}AND e.Elimination_ID IS NOT NULL
{% elif elimination == 'not_eliminated' %}AND e.Elimination_ID IS NULL
{% endif %}ORDER BY
{% if sort == 'most_days' %}w.Days_held DESC, w.Name
{% elif sort == 'fewest_days' %}w.Days_held, w.Name
{% elif sort == 'id' %}w.Wrestler_ID
{% else %}w.Name
{% endif %}{% if n %}LIMIT :n
{% endif %}
