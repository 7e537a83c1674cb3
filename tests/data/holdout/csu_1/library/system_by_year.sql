/*---
title: CSU system totals per year
description: >
  One row per academic year (1935-2004) for the whole CSU system: how many campuses report
  enrolment, the total and full-time-equivalent (FTE) enrolment, the degrees conferred
  (1990-2004) and the faculty lines (full-time equivalents, 2002-2004), each added up over
  all campuses. Optionally one year, or a range from/to (both inclusive). Oldest year first
  (default), newest first, or the years with the most degrees, enrolment or faculty first.
examples:
  - system-wide enrolment trend
  - how many students did the whole system have in 1970
  - total faculty across all campuses by year
  - systemwide degrees each year in the 1990s
  - peak year for enrolment
keywords: [system, systemwide, system-wide, csu, all campuses, whole, overall, total, totals,
           sum, year, years, per year, each year, by year, annual, trend, history, enrolment,
           enrollment, enrolled, students, fte, full time, degrees, conferred, awarded,
           granted, faculty, faculty lines, staff, how many, most, peak, record, highest]
params:
  year: {type: int, optional: true, min: 1900, max: 2100, label: one academic year}
  from_year: {type: int, optional: true, min: 1900, max: 2100, label: from this year (inclusive)}
  to_year: {type: int, optional: true, min: 1900, max: 2100, label: up to this year (inclusive)}
  sort:
    type: choice
    choices: [year, newest, most_degrees, most_enrollment, most_faculty]
    default: year
    synonyms: {by year: year, chronological: year, oldest first: year, newest: newest,
               newest first: newest, latest first: newest, most recent: newest,
               most degrees: most_degrees, most degrees conferred: most_degrees,
               most enrollment: most_enrollment, most enrolment: most_enrollment,
               most students: most_enrollment, peak enrollment: most_enrollment,
               most faculty: most_faculty}
owner: "@csu-institutional-research"
---*/
WITH years AS (
    SELECT Year FROM enrollments
    UNION
    SELECT Year FROM degrees
    UNION
    SELECT Year FROM faculty
)
SELECT
    y.Year AS academic_year,
    (SELECT COUNT(*) FROM enrollments AS e WHERE e.Year = y.Year) AS campuses_reporting,
    (SELECT SUM(e.TotalEnrollment_AY) FROM enrollments AS e WHERE e.Year = y.Year)
        AS total_enrollment,
    (SELECT SUM(e.FTE_AY) FROM enrollments AS e WHERE e.Year = y.Year) AS fte_enrollment,
    (SELECT SUM(d.Degrees) FROM degrees AS d WHERE d.Year = y.Year) AS degrees_conferred,
    (SELECT ROUND(SUM(f.Faculty), 1) FROM faculty AS f WHERE f.Year = y.Year) AS faculty_lines
FROM years AS y
WHERE 1 = 1
{% if year %}AND y.Year = :year
{% endif %}{% if from_year %}AND y.Year >= :from_year
{% endif %}{% if to_year %}AND y.Year <= :to_year
{% endif %}ORDER BY
{% if sort == 'newest' %}y.Year DESC
{% elif sort == 'most_degrees' %}degrees_conferred DESC NULLS LAST, y.Year
{% elif sort == 'most_enrollment' %}total_enrollment DESC NULLS LAST, y.Year
{% elif sort == 'most_faculty' %}faculty_lines DESC NULLS LAST, y.Year
{% else %}y.Year
{% endif %}
