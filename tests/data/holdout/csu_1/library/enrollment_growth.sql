/*---
title: Enrolment growth per campus between two years
description: >
  One row per campus with enrolment on record in both years compared: total enrolment in the
  first and in the second year, the change and the change in percent. The years default to
  1994 and 2004 (the last ten years on record). Fastest growth first (default), or by campus.
examples:
  - which campuses grew fastest over the last decade on record
  - enrolment change per campus from 1980 to 2000
  - growth in headcount since 1994 by campus
keywords: [growth, grew, grow, growing, change, changed, increase, decrease, decline,
           shrink, compared, comparison, percent, percentage, decade, enrolment, enrollment,
           headcount, students, campus, campuses, fastest, from, to, between]
params:
  from_year: {type: int, default: 1994, min: 1900, max: 2100, label: first year}
  to_year: {type: int, default: 2004, min: 1900, max: 2100, label: second year}
  sort:
    type: choice
    choices: [fastest, campus]
    default: fastest
    synonyms: {fastest: fastest, fastest growing: fastest, most growth: fastest,
               by campus: campus, alphabetical: campus}
owner: "@csu-institutional-research"
---*/
SELECT
    c.Campus AS campus,
    a.TotalEnrollment_AY AS enrollment_from,
    b.TotalEnrollment_AY AS enrollment_to,
    b.TotalEnrollment_AY - a.TotalEnrollment_AY AS change,
    ROUND(100.0 * (b.TotalEnrollment_AY - a.TotalEnrollment_AY)
          / NULLIF(a.TotalEnrollment_AY, 0), 1) AS change_pct
FROM Campuses AS c
JOIN enrollments AS a ON a.Campus = c.Id AND a.Year = :from_year
JOIN enrollments AS b ON b.Campus = c.Id AND b.Year = :to_year
ORDER BY
{% if sort == 'campus' %}1
{% else %}change_pct DESC NULLS LAST, 1
{% endif %}
