/*---
title: Seating capacity summary
description: >
  Seating capacity of the tracks, over all tracks (default) or per state or per decade of
  opening: number of tracks, total seats, smallest, largest and average seating. Optionally
  only tracks of one state or opened within a range of years (inclusive).
examples:
  - total seating capacity across all tracks
  - average seating of our tracks
  - smallest and largest track capacity
  - seating by state
  - capacity of tracks by decade opened
keywords: [seating, seats, capacity, average, mean, minimum, maximum, smallest, largest,
           total, overall, stats, statistics, summary, attendance capacity]
params:
  by:
    type: choice
    choices: [overall, state, decade]
    default: overall
    synonyms: {all tracks: overall, total: overall, per state: state, by state: state,
               per decade: decade, by decade: decade}
  state:
    type: choice
    optional: true
    label: state
    choices: [AZ, CA, FL, IL, KS, MI, SC, VA]
    synonyms: {arizona: AZ, california: CA, florida: FL, illinois: IL, kansas: KS,
               michigan: MI, south carolina: SC, virginia: VA}
  opened_from: {type: int, optional: true, label: opened from year (inclusive)}
  opened_to: {type: int, optional: true, label: opened up to year (inclusive)}
owner: "@motorsport-analytics"
---*/
SELECT
{% if by == 'state' %}trim(split_part(Location, ',', 2)) AS state,
{% elif by == 'decade' %}(Year_Opened // 10) * 10 AS decade_opened,
{% endif %}COUNT(*) AS tracks, SUM(Seating) AS total_seating, MIN(Seating) AS min_seating,
       MAX(Seating) AS max_seating, ROUND(AVG(Seating), 1) AS avg_seating
FROM track
WHERE 1 = 1
{% if state %}AND trim(split_part(Location, ',', 2)) = :state
{% endif %}{% if opened_from is not none %}AND Year_Opened >= :opened_from
{% endif %}{% if opened_to is not none %}AND Year_Opened <= :opened_to
{% endif %}{% if by == 'state' %}GROUP BY 1 ORDER BY 1
{% elif by == 'decade' %}GROUP BY 1 ORDER BY 1
{% endif %}
