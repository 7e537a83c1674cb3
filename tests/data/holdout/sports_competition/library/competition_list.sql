/*---
title: Competitions
description: >
  One row per competition: id, year, type (Friendly or Tournament), host country and how
  many results are recorded for it. Optionally one type, one country, one year, or from /
  to a year (inclusive). Sorted by year (default, then id), newest first, or by country.
examples:
  - list all competitions
  - friendlies played in Russia
  - tournaments in 2007
  - competitions hosted by Italy
  - which countries hosted competitions
keywords: [competition, competitions, event, events, fixture, fixtures, friendly, friendlies,
           tournament, tournaments, cup, host, hosted, country, countries, venue, year, held,
           played in]
params:
  competition_type:
    type: choice
    choices: [Friendly, Tournament]
    optional: true
    synonyms: {friendly: Friendly, friendlies: Friendly, friendly match: Friendly,
               exhibition: Friendly, tournament: Tournament, tournaments: Tournament,
               cup: Tournament}
  country: {type: string, optional: true, label: host country}
  year: {type: int, optional: true, min: 1800, max: 2100}
  from_year: {type: int, optional: true, min: 1800, max: 2100, label: from year (inclusive)}
  to_year: {type: int, optional: true, min: 1800, max: 2100, label: to year (inclusive)}
  sort:
    type: choice
    choices: [year, newest, country]
    default: year
    synonyms: {chronological: year, oldest first: year, earliest: year, latest: newest,
               most recent: newest, newest first: newest, by country: country,
               alphabetical: country}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@competition-analytics"
---*/
SELECT co.Competition_ID AS competition_id, co.Year AS year, co.Competition_type AS competition_type,
       co.Country AS country,
       (SELECT COUNT(*) FROM competition_result AS r WHERE r.Competition_ID = co.Competition_ID) AS results
FROM competition AS co
WHERE 1 = 1
{% if competition_type %}AND co.Competition_type = :competition_type
{% endif %}{% if country %}AND co.Country = :country
{% endif %}{% if year %}AND co.Year = :year
{% endif %}{% if from_year %}AND co.Year >= :from_year
{% endif %}{% if to_year %}AND co.Year <= :to_year
{% endif %}ORDER BY
{% if sort == 'newest' %}co.Year DESC, co.Competition_ID
{% elif sort == 'country' %}co.Country, co.Year, co.Competition_ID
{% else %}co.Year, co.Competition_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
