/*---
title: Title reigns by location, reign number or event
description: >
  Wrestlers grouped by the location where they won the title (default), by reign number
  (first reign, second reign...) or by the event: wrestlers in the group, total, average and
  longest days held, and the wrestler with the longest reign. Optionally only groups with at
  least so many wrestlers. Most wrestlers first (default), most total days, or by name.
examples:
  - how many title wins per city
  - champions by reign number
  - reigns won at each event
  - cities with at least two champions
keywords: [location, locations, city, cities, reign, reigns, reign number, event, events,
           per location, per reign, per event, common, most common, shared, group, breakdown]
params:
  by:
    type: choice
    choices: [location, reign, event]
    default: location
    synonyms: {city: location, cities: location, place: location, locations: location,
               reign number: reign, reigns: reign, events: event, show: event}
  min_wrestlers: {type: int, optional: true, min: 0, label: at least (wrestlers)}
  sort:
    type: choice
    choices: [most_wrestlers, most_days, name]
    default: most_wrestlers
    synonyms: {most wrestlers: most_wrestlers, most common: most_wrestlers,
               most days: most_days, longest: most_days, by name: name, alphabetical: name}
owner: "@wrestling-stats"
---*/
SELECT
{% if by == 'reign' %}CAST(w.Reign AS VARCHAR)
{% elif by == 'event' %}w.Event
{% else %}w.Location
{% endif %}AS grp,
       COUNT(*) AS wrestlers, SUM(w.Days_held) AS total_days,
       ROUND(AVG(w.Days_held), 1) AS average_days, MAX(w.Days_held) AS longest_days,
       arg_max(w.Name, w.Days_held) AS longest_reigning
FROM wrestler AS w
GROUP BY grp
{% if min_wrestlers is not none and min_wrestlers is not false %}HAVING COUNT(*) >= :min_wrestlers
{% endif %}ORDER BY
{% if sort == 'most_days' %}total_days DESC, grp
{% elif sort == 'name' %}grp
{% else %}wrestlers DESC, grp
{% endif %}
