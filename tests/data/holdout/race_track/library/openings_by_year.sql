/*---
title: Track openings by year
description: >
  Tracks opened per year (default) or per decade: the number of tracks opened, their names
  and the seats they added. Optionally only years within a range (inclusive). Oldest first.
examples:
  - how many tracks opened each year
  - track openings by decade
  - which years did new tracks open
  - tracks opened per decade since 1950
keywords: [opened, openings, opening, year, years, decade, decades, built, new tracks,
           history, timeline]
params:
  by:
    type: choice
    choices: [year, decade]
    default: year
    synonyms: {per year: year, by year: year, yearly: year, per decade: decade,
               by decade: decade}
  opened_from: {type: int, optional: true, label: from year (inclusive)}
  opened_to: {type: int, optional: true, label: up to year (inclusive)}
owner: "@motorsport-analytics"
---*/
SELECT
{% if by == 'decade' %}(Year_Opened // 10) * 10 AS decade_opened,
{% else %}Year_Opened AS year_opened,
{% endif %}COUNT(*) AS tracks_opened, string_agg(Name, '; ' ORDER BY Name) AS tracks,
       SUM(Seating) AS seats_added
FROM track
WHERE 1 = 1
{% if opened_from is not none %}AND Year_Opened >= :opened_from
{% endif %}{% if opened_to is not none %}AND Year_Opened <= :opened_to
{% endif %}GROUP BY 1
ORDER BY 1
