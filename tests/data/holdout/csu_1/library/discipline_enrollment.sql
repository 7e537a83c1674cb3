/*---
title: Enrolment per discipline
description: >
  One row per discipline (disciplines are numbered 1 to 22 in the source; there are no names)
  from the 2004 enrolment by discipline: how many campuses report it, its undergraduate and
  graduate students across those campuses, and both together. Optionally one discipline
  number, or the disciplines of one campus by name. By discipline number (default) or most
  students first.
examples:
  - students in each discipline across the system
  - which disciplines have the most students
  - discipline breakdown for Humboldt State
  - how many campuses teach discipline 16
keywords: [discipline, disciplines, field, fields, subject, subjects, program, programs,
           programme, area, major, majors, per discipline, each discipline, by discipline,
           breakdown, students, undergraduate, undergraduates, graduate, graduates, campuses,
           offered, how many, number, most, popular, largest]
params:
  discipline: {type: int, optional: true, min: 1, max: 22, label: discipline number}
  campus: {type: string, optional: true, label: campus name}
  sort:
    type: choice
    choices: [discipline, most_students]
    default: discipline
    synonyms: {by discipline: discipline, by number: discipline, most students: most_students,
               most popular: most_students, largest: most_students, biggest: most_students}
owner: "@csu-institutional-research"
---*/
SELECT
    de.Discipline AS discipline,
    COUNT(*) AS campuses,
    SUM(de.Undergraduate) AS undergraduates,
    SUM(de.Graduate) AS graduate_students,
    SUM(de.Undergraduate) + SUM(de.Graduate) AS students
FROM discipline_enrollments AS de
JOIN Campuses AS c ON c.Id = de.Campus
WHERE 1 = 1
{% if discipline %}AND de.Discipline = :discipline
{% endif %}{% if campus %}AND c.Campus = :campus
{% endif %}GROUP BY de.Discipline
ORDER BY
{% if sort == 'most_students' %}students DESC, 1
{% else %}1
{% endif %}
