/*---
title: Seating capacity summary
description: >
  Number of cinemas and their total, smallest, largest and average seating capacity: one
  overall row (default), or one row per county or per opening year. Optionally only the
  cinemas of one county or opened within a range of years (inclusive).
examples:
  - average cinema capacity
  - total seats across all cinemas
  - min and max seats per county
  - capacity stats for cinemas opened since 2012
keywords: [capacity, seats, seating, average, mean, minimum, maximum, smallest, largest,
           total seats, summary, stats, statistics]
params:
  by:
    type: choice
    choices: [overall, location, year]
    default: overall
    synonyms: {in total: overall, per county: location, by county: location,
               by location: location, per location: location, per year: year,
               by year: year, by opening year: year}
  location:
    type: choice
    optional: true
    label: county
    choices: [County Clare, County Cork, County Dublin, County Laois, County Louth,
              County Tipperary, County Wicklow]
    synonyms: {clare: County Clare, cork: County Cork, dublin: County Dublin,
               laois: County Laois, louth: County Louth, tipperary: County Tipperary,
               tipp: County Tipperary, wicklow: County Wicklow}
  opened_from: {type: int, optional: true, label: opened from year (inclusive)}
  opened_to: {type: int, optional: true, label: opened up to year (inclusive)}
owner: "@cinema-insights"
---*/
SELECT
{% if by == 'location' %}Location AS location,
{% elif by == 'year' %}Openning_year AS opening_year,
{% endif %}COUNT(*) AS cinemas, SUM(Capacity) AS total_capacity, MIN(Capacity) AS min_capacity,
       MAX(Capacity) AS max_capacity, ROUND(AVG(Capacity), 1) AS avg_capacity
FROM cinema
WHERE 1 = 1
{% if location %}AND Location = :location
{% endif %}{% if opened_from is not none %}AND Openning_year >= :opened_from
{% endif %}{% if opened_to is not none %}AND Openning_year <= :opened_to
{% endif %}{% if by == 'location' %}GROUP BY Location ORDER BY Location
{% elif by == 'year' %}GROUP BY Openning_year ORDER BY Openning_year
{% endif %}
