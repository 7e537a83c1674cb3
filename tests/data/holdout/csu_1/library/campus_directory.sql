/*---
title: Campus directory
description: >
  One row per campus of the CSU system: campus id, full campus name (such as San Jose State
  University or California State University-Chico), the city it is in, its county and the
  year it opened. Optionally one campus by name, the campuses of one city or one county, and
  the campuses that opened in a given year or within a range of years (from, to: both
  inclusive). By name (default), oldest or newest first.
examples:
  - list every campus with its city and county
  - which campuses are in Santa Clara county
  - what city is Humboldt State in
  - campuses founded since 1990
  - when did the Maritime Academy open
keywords: [campus, campuses, university, universities, college, school, schools, csu, name,
           names, location, located, city, town, county, counties, opened, open, founded,
           established, started, year, since, before, after, between, oldest, newest, how
           many, number, count, list, all, directory, where]
params:
  campus: {type: string, optional: true, label: campus name}
  location: {type: string, optional: true, label: city}
  county: {type: string, optional: true, label: county}
  opened_in: {type: int, optional: true, min: 1700, max: 2100, label: year the campus opened}
  opened_from: {type: int, optional: true, min: 1700, max: 2100,
                label: opened in or after this year}
  opened_to: {type: int, optional: true, min: 1700, max: 2100,
              label: opened in or before this year}
  sort:
    type: choice
    choices: [name, oldest, newest]
    default: name
    synonyms: {alphabetical: name, by name: name, oldest: oldest, oldest first: oldest,
               earliest: oldest, first opened: oldest, newest: newest, newest first: newest,
               youngest: newest, most recent: newest, latest: newest}
owner: "@csu-institutional-research"
---*/
SELECT
    c.Id AS campus_id,
    c.Campus AS campus,
    c.Location AS location,
    c.County AS county,
    c.Year AS year_opened
FROM Campuses AS c
WHERE 1 = 1
{% if campus %}AND c.Campus = :campus
{% endif %}{% if location %}AND c.Location = :location
{% endif %}{% if county %}AND c.County = :county
{% endif %}{% if opened_in %}AND c.Year = :opened_in
{% endif %}{% if opened_from %}AND c.Year >= :opened_from
{% endif %}{% if opened_to %}AND c.Year <= :opened_to
{% endif %}ORDER BY
{% if sort == 'oldest' %}c.Year, c.Campus
{% elif sort == 'newest' %}c.Year DESC, c.Campus
{% else %}c.Campus
{% endif %}
