/*---
title: Faculty lines per campus
description: >
  One row per campus and academic year for which faculty are on record (2002-2004): the
  faculty lines (full-time equivalents, so fractional), the campus's FTE enrolment that year
  and the FTE students per faculty line. Optionally one campus by name, the campuses of one
  county, one year, and only rows with at least and/or at most a given number of faculty
  lines (both inclusive). By campus then year (default), most or fewest faculty first.
examples:
  - faculty headcount at each campus in 2003
  - how many faculty does Sonoma State have
  - campuses with fewer than 300 faculty lines
  - student to faculty ratio by campus
  - biggest faculties in the system
keywords: [faculty, faculties, faculty lines, lines, professors, instructors, teaching
           staff, staff, fte, headcount, ratio, student faculty ratio, per faculty, campus,
           campuses, university, universities, year, how many, number, between, at least, at
           most, more than, fewer than, most, largest, biggest, fewest, smallest]
params:
  campus: {type: string, optional: true, label: campus name}
  county: {type: string, optional: true, label: county}
  year: {type: int, optional: true, min: 1900, max: 2100, label: academic year}
  min_faculty: {type: int, optional: true, min: 1, max: 100000,
                label: at least this many faculty lines}
  max_faculty: {type: int, optional: true, min: 1, max: 100000,
                label: at most this many faculty lines}
  sort:
    type: choice
    choices: [campus, most, fewest]
    default: campus
    synonyms: {by campus: campus, alphabetical: campus, most: most, most faculty: most,
               largest: most, biggest: most, fewest: fewest, fewest faculty: fewest,
               least: fewest, smallest: fewest}
owner: "@csu-institutional-research"
---*/
SELECT
    c.Campus AS campus,
    c.County AS county,
    f.Year AS academic_year,
    f.Faculty AS faculty_lines,
    e.FTE_AY AS fte_enrollment,
    ROUND(e.FTE_AY / NULLIF(f.Faculty, 0), 1) AS fte_students_per_faculty
FROM faculty AS f
JOIN Campuses AS c ON c.Id = f.Campus
LEFT JOIN enrollments AS e ON e.Campus = f.Campus AND e.Year = f.Year
WHERE 1 = 1
{% if campus %}AND c.Campus = :campus
{% endif %}{% if county %}AND c.County = :county
{% endif %}{% if year %}AND f.Year = :year
{% endif %}{% if min_faculty %}AND f.Faculty >= :min_faculty
{% endif %}{% if max_faculty %}AND f.Faculty <= :max_faculty
{% endif %}ORDER BY
{% if sort == 'most' %}f.Faculty DESC, c.Campus, f.Year
{% elif sort == 'fewest' %}f.Faculty, c.Campus, f.Year
{% else %}c.Campus, f.Year
{% endif %}
