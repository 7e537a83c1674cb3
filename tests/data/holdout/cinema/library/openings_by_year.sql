/*---
title: Cinema openings by year
description: >
  One row per year in which cinemas opened: number opened, their names and the seats they
  added. Optionally only one county, or years within a range (inclusive).
examples:
  - how many cinemas opened each year
  - openings per year in tipperary
  - seats added per year since 2010
keywords: [opened, openings, opening year, new cinemas, per year, each year, yearly,
           seats added, growth, timeline]
params:
  location:
    type: choice
    optional: true
    label: county
    choices: [County Clare, County Cork, County Dublin, County Laois, County Louth,
              County Tipperary, County Wicklow]
    synonyms: {clare: County Clare, cork: County Cork, dublin: County Dublin,
               laois: County Laois, louth: County Louth, tipperary: County Tipperary,
               tipp: County Tipperary, wicklow: County Wicklow}
  opened_from: {type: int, optional: true, label: from year (inclusive)}
  opened_to: {type: int, optional: true, label: up to year (inclusive)}
owner: "@cinema-insights"
---*/
SELECT Openning_year AS opening_year, COUNT(*) AS cinemas_opened,
       string_agg(Name, ', ' ORDER BY Name) AS names, SUM(Capacity) AS seats_added
FROM cinema
WHERE 1 = 1
{% if location %}AND Location = :location
{% endif %}{% if opened_from is not none %}AND Openning_year >= :opened_from
{% endif %}{% if opened_to is not none %}AND Openning_year <= :opened_to
{% endif %}GROUP BY Openning_year
ORDER BY Openning_year
