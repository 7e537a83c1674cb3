/*---
title: Offerings and enrolment per term
description: >
  One row per term (semester and year), or per year: sections run, distinct courses
  offered, enrolments (student-section registrations) and distinct students enrolled.
  Optionally one semester or a range of years (inclusive). In time order (default), or with
  the most or fewest sections, or the most or fewest enrolments, first.
examples:
  - sections and enrolment per term
  - how many courses ran each year
  - which semester had the fewest enrolments
  - busiest term since 2005
  - spring terms only, sections offered
keywords: [term, terms, semester, semesters, year, years, per term, per year, each semester,
           each year, sections, courses, offered, offers, ran, enrolment, enrolments,
           enrollment, enrollments, registrations, students, taking, busiest, quietest,
           most, fewest, least, largest number, fall, spring]
params:
  grain:
    type: choice
    choices: [term, year]
    default: term
    synonyms: {per term: term, per semester: term, by semester: term, semester and year: term,
               per year: year, by year: year, each year: year, yearly: year, annual: year}
  semester:
    type: choice
    optional: true
    choices: [Fall, Spring]
    synonyms: {fall: Fall, autumn: Fall, spring: Spring}
  from_year: {type: int, optional: true, min: 1990, max: 2030, label: year from}
  to_year: {type: int, optional: true, min: 1990, max: 2030, label: year to}
  sort:
    type: choice
    choices: [chronological, most_sections, fewest_sections, most_enrolments, fewest_enrolments]
    default: chronological
    synonyms: {in order: chronological, by date: chronological, most sections: most_sections,
               most courses: most_sections, busiest: most_enrolments,
               fewest sections: fewest_sections, fewest courses: fewest_sections,
               most enrolments: most_enrolments, most enrollments: most_enrolments,
               most students: most_enrolments, fewest enrolments: fewest_enrolments,
               fewest enrollments: fewest_enrolments, fewest students: fewest_enrolments,
               least students: fewest_enrolments, quietest: fewest_enrolments}
owner: "@registrar-data"
---*/
WITH offered AS (
    SELECT {% if grain == 'year' %}NULL{% else %}semester{% endif %} AS term, year,
           COUNT(*) AS sections, COUNT(DISTINCT course_id) AS courses
    FROM section
    WHERE 1 = 1
    {% if semester %}AND semester = :semester
    {% endif %}GROUP BY 1, 2
),
enrolled AS (
    SELECT {% if grain == 'year' %}NULL{% else %}semester{% endif %} AS term, year,
           COUNT(*) AS enrolments, COUNT(DISTINCT ID) AS students
    FROM takes
    WHERE 1 = 1
    {% if semester %}AND semester = :semester
    {% endif %}GROUP BY 1, 2
)
SELECT
    o.year,
    {% if grain == 'year' %}{% if semester %}CAST(:semester AS VARCHAR){% else %}'Spring and Fall'{% endif %}{% else %}o.term{% endif %} AS semester,
    o.sections,
    o.courses,
    COALESCE(e.enrolments, 0) AS enrolments,
    COALESCE(e.students, 0) AS students
FROM offered AS o
LEFT JOIN enrolled AS e ON e.term IS NOT DISTINCT FROM o.term AND e.year = o.year
WHERE 1 = 1
{% if from_year is not none and from_year is not false %}AND o.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND o.year <= :to_year
{% endif %}ORDER BY
{% if sort == 'most_sections' %}o.sections DESC, o.year, o.term DESC
{% elif sort == 'fewest_sections' %}o.sections, o.year, o.term DESC
{% elif sort == 'most_enrolments' %}enrolments DESC, o.year, o.term DESC
{% elif sort == 'fewest_enrolments' %}enrolments, o.year, o.term DESC
{% else %}o.year, o.term DESC
{% endif %}
