/*---
title: Farm competitions
description: >
  One row per farm competition: year, theme, host city (with its status and population),
  the hosts (presenters), how many farms took part and the winning farm. Optionally one
  theme, one host city, a year or a range of years, or host cities above a population
  (strict). Oldest first (default), or newest first, or by theme.
examples:
  - list the farm competitions
  - which city hosted the 2005 competition
  - competitions since 2004 and who presented them
  - themes of the competitions held in towns
keywords: [competition, competitions, contest, contests, show, farm competition, theme,
           themes, year, held, host city, hosted, hosts, presenters, presented, winner, won]
params:
  theme: {type: string, optional: true, label: theme}
  host_city: {type: string, optional: true, label: host city}
  host_status: {type: string, optional: true, label: host city status}
  year: {type: int, optional: true, label: year}
  from_year: {type: int, optional: true, label: from year (inclusive)}
  to_year: {type: int, optional: true, label: to year (inclusive)}
  min_host_population: {type: number, optional: true, label: host city population above}
  sort:
    type: choice
    choices: [year, newest, theme]
    default: year
    synonyms: {oldest: year, chronological: year, ascending: year, earliest: year,
               latest: newest, most recent: newest, descending: newest,
               alphabetical: theme, by theme: theme}
owner: "@agri-stats"
---*/
SELECT fc.Year AS year, fc.Theme AS theme, c.Official_Name AS host_city,
       c.Status AS host_city_status, c.Population AS host_city_population,
       fc.Hosts AS hosts,
       (SELECT COUNT(*) FROM competition_record AS r WHERE r.Competition_ID = fc.Competition_ID) AS farms_entered,
       (SELECT MIN(r.Farm_ID) FROM competition_record AS r
        WHERE r.Competition_ID = fc.Competition_ID AND r.Rank = 1) AS winning_farm_id
FROM farm_competition AS fc
JOIN city AS c ON c.City_ID = fc.Host_city_ID
WHERE 1 = 1
{% if theme %}AND fc.Theme = :theme
{% endif %}{% if host_city %}AND c.Official_Name = :host_city
{% endif %}{% if host_status %}AND c.Status = :host_status
{% endif %}{% if year is not none and year is not false %}AND fc.Year = :year
{% endif %}{% if from_year is not none and from_year is not false %}AND fc.Year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND fc.Year <= :to_year
{% endif %}{% if min_host_population is not none and min_host_population is not false %}AND c.Population > :min_host_population
{% endif %}ORDER BY
{% if sort == 'newest' %}fc.Year DESC
{% elif sort == 'theme' %}fc.Theme
{% else %}fc.Year
{% endif %}
