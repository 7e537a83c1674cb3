/*---
title: Competitions summary
description: >
  Competitions counted per type (default), per host country or per year: competitions,
  friendlies, tournaments, first and last year. Optionally only one type, or only groups
  with at least a number of competitions. Sorted by most competitions (default), fewest,
  or by the group.
examples:
  - how many competitions of each type
  - competitions per country
  - number of competitions by year
  - which country hosted the most competitions
  - countries that hosted at least 2 friendlies
keywords: [competition, competitions, per type, by type, each type, type, types, per country,
           by country, each country, per year, by year, count, number, how many, most, hosted,
           friendly, friendlies, tournament, tournaments, breakdown]
params:
  by:
    type: choice
    choices: [type, country, year]
    default: type
    synonyms: {competition type: type, per type: type, by type: type, types: type,
               per country: country, by country: country, countries: country, host: country,
               per year: year, by year: year, yearly: year, each year: year}
  competition_type:
    type: choice
    choices: [Friendly, Tournament]
    optional: true
    synonyms: {friendly: Friendly, friendlies: Friendly, tournament: Tournament,
               tournaments: Tournament, cup: Tournament}
  min_competitions: {type: int, optional: true, min: 0, max: 100000, label: at least this many competitions}
  sort:
    type: choice
    choices: [most, fewest, group]
    default: most
    synonyms: {most competitions: most, highest: most, fewest competitions: fewest,
               least: fewest, alphabetical: group, chronological: group}
owner: "@competition-analytics"
---*/
SELECT
{% if by == 'country' %}co.Country AS country,
{% elif by == 'year' %}co.Year AS year,
{% else %}co.Competition_type AS competition_type,
{% endif %}       COUNT(*) AS competitions,
       COUNT(*) FILTER (WHERE co.Competition_type = 'Friendly') AS friendlies,
       COUNT(*) FILTER (WHERE co.Competition_type = 'Tournament') AS tournaments,
       MIN(co.Year) AS first_year, MAX(co.Year) AS last_year
FROM competition AS co
WHERE 1 = 1
{% if competition_type %}AND co.Competition_type = :competition_type
{% endif %}GROUP BY 1
{% if min_competitions is not none and min_competitions is not false %}HAVING COUNT(*) >= :min_competitions
{% endif %}ORDER BY
{% if sort == 'fewest' %}competitions, 1
{% elif sort == 'group' %}1
{% else %}competitions DESC, 1
{% endif %}
