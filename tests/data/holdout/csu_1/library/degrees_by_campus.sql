/*---
title: Degrees conferred per campus
description: >
  One row per campus: the degrees it conferred over the academic years chosen (one year, a
  range from/to, both inclusive, or all years on record, 1990-2004), how many of those years
  it reported, its first and last reporting year and its yearly average. Optionally one
  campus by name or the campuses of one county. By campus name (default), most or fewest
  degrees first.
examples:
  - degrees awarded by each campus in 2003
  - how many degrees did Fresno State award from 1995 to 1999
  - graduation output per campus since 2001
  - which campuses award the fewest degrees
keywords: [degree, degrees, conferred, confer, awarded, award, granted, grant, graduated,
           graduates, graduations, diplomas, output, campus, campuses, university,
           universities, per campus, each campus, by campus, year, years, since, from, between,
           after, total, sum, how many, number, most, fewest, least, all time, ever]
params:
  campus: {type: string, optional: true, label: campus name}
  county: {type: string, optional: true, label: county}
  year: {type: int, optional: true, min: 1900, max: 2100, label: one academic year}
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: from this year (inclusive)}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: up to this year (inclusive)}
  sort:
    type: choice
    choices: [campus, most, fewest]
    default: campus
    synonyms: {by campus: campus, alphabetical: campus, most: most, most degrees: most,
               highest: most, largest: most, fewest: fewest, fewest degrees: fewest,
               least: fewest, lowest: fewest, smallest: fewest}
owner: "@csu-institutional-research"
---*/
SELECT
    c.Campus AS campus,
    c.County AS county,
    SUM(d.Degrees) AS degrees,
    COUNT(*) AS years_reported,
    MIN(d.Year) AS first_year,
    MAX(d.Year) AS last_year,
    ROUND(AVG(d.Degrees), 1) AS average_per_year
FROM degrees AS d
JOIN Campuses AS c ON c.Id = d.Campus
WHERE 1 = 1
{% if campus %}AND c.Campus = :campus
{% endif %}{% if county %}AND c.County = :county
{% endif %}{% if year %}AND d.Year = :year
{% endif %}{% if from_year %}AND d.Year >= :from_year
{% endif %}{% if to_year %}AND d.Year <= :to_year
{% endif %}GROUP BY c.Campus, c.County
ORDER BY
{% if sort == 'most' %}degrees DESC, 1
{% elif sort == 'fewest' %}degrees, 1
{% else %}1
{% endif %}
