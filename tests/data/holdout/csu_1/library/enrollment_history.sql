/*---
title: Enrolment per campus and year
description: >
  One row per campus and academic year on record (1935-2004): total enrolment over the
  academic year and full-time-equivalent (FTE) enrolment. Optionally one campus by name, the
  campuses of one county, one year or a range of years (from/to, both inclusive), and only
  rows with at least a given total or FTE enrolment. By campus then year (default), by year
  then campus, or largest total enrolment first.
examples:
  - enrolment history of Cal Poly Pomona
  - headcount and FTE at every campus in 1985
  - campuses with at least 30000 students in 2004
  - Chico enrolment since 1990
  - full-time-equivalent students by campus over the years
keywords: [enrolment, enrollment, enrollments, enrolments, enrolled, students, student,
           headcount, head count, total enrollment, fte, full time, full-time, full time
           equivalent, campus, campuses, university, universities, year, years, history,
           trend, since, between, more than, at least, over, above, largest, biggest,
           how many, number]
params:
  campus: {type: string, optional: true, label: campus name}
  county: {type: string, optional: true, label: county}
  year: {type: int, optional: true, min: 1900, max: 2100, label: one academic year}
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: from this year (inclusive)}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: up to this year (inclusive)}
  min_enrollment: {type: int, optional: true, min: 1, max: 1000000,
                   label: total enrolment of at least}
  min_fte: {type: int, optional: true, min: 1, max: 1000000, label: FTE enrolment of at least}
  sort:
    type: choice
    choices: [campus, year, largest]
    default: campus
    synonyms: {by campus: campus, by year: year, chronological: year, largest: largest,
               biggest: largest, most students: largest, most enrolled: largest}
owner: "@csu-institutional-research"
---*/
SELECT
    c.Campus AS campus,
    c.County AS county,
    e.Year AS academic_year,
    e.TotalEnrollment_AY AS total_enrollment,
    e.FTE_AY AS fte_enrollment
FROM enrollments AS e
JOIN Campuses AS c ON c.Id = e.Campus
WHERE 1 = 1
{% if campus %}AND c.Campus = :campus
{% endif %}{% if county %}AND c.County = :county
{% endif %}{% if year %}AND e.Year = :year
{% endif %}{% if from_year %}AND e.Year >= :from_year
{% endif %}{% if to_year %}AND e.Year <= :to_year
{% endif %}{% if min_enrollment %}AND e.TotalEnrollment_AY >= :min_enrollment
{% endif %}{% if min_fte %}AND e.FTE_AY >= :min_fte
{% endif %}ORDER BY
{% if sort == 'year' %}e.Year, c.Campus
{% elif sort == 'largest' %}e.TotalEnrollment_AY DESC, c.Campus, e.Year
{% else %}c.Campus, e.Year
{% endif %}
