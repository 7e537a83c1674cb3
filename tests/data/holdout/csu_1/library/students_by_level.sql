/*---
title: Undergraduate and graduate students per campus
description: >
  One row per campus, from the enrolment by discipline reported for 2004 (the only year on
  record): undergraduate students, graduate students and both together, added up over the
  campus's disciplines, the graduate share, and how many disciplines it reports. Optionally
  one campus by name or the campuses of one county. By campus name (default), or most
  undergraduates, most graduate students or most students first.
examples:
  - undergrad vs grad headcount at each campus
  - how many grad students does Cal Poly Pomona have
  - which campus has the biggest graduate program
  - share of graduate students by campus
keywords: [undergraduate, undergraduates, undergrad, undergrads, graduate, graduates, grad,
           grads, grad students, graduate students, postgraduate, masters, level, students,
           student, enrolled, enrolment, enrollment, share, campus, campuses, university,
           universities, disciplines, 2004, how many, number, total, most]
params:
  campus: {type: string, optional: true, label: campus name}
  county: {type: string, optional: true, label: county}
  sort:
    type: choice
    choices: [campus, most_undergraduates, most_graduates, most_students]
    default: campus
    synonyms: {by campus: campus, alphabetical: campus,
               most undergraduates: most_undergraduates, most undergrads: most_undergraduates,
               most graduates: most_graduates, most grad students: most_graduates,
               most graduate students: most_graduates, most students: most_students,
               largest: most_students, biggest: most_students}
owner: "@csu-institutional-research"
---*/
SELECT
    c.Campus AS campus,
    c.County AS county,
    MAX(de.Year) AS academic_year,
    SUM(de.Undergraduate) AS undergraduates,
    SUM(de.Graduate) AS graduate_students,
    SUM(de.Undergraduate) + SUM(de.Graduate) AS students,
    ROUND(100.0 * SUM(de.Graduate) / NULLIF(SUM(de.Undergraduate) + SUM(de.Graduate), 0), 1)
        AS graduate_share_pct,
    COUNT(*) AS disciplines
FROM discipline_enrollments AS de
JOIN Campuses AS c ON c.Id = de.Campus
WHERE 1 = 1
{% if campus %}AND c.Campus = :campus
{% endif %}{% if county %}AND c.County = :county
{% endif %}GROUP BY c.Campus, c.County
ORDER BY
{% if sort == 'most_undergraduates' %}undergraduates DESC, 1
{% elif sort == 'most_graduates' %}graduate_students DESC, 1
{% elif sort == 'most_students' %}students DESC, 1
{% else %}1
{% endif %}
