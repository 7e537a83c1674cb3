/*---
title: Instructors and teaching load
description: >
  One row per instructor: id, name, department, salary, and the sections and distinct
  courses they taught, with the course titles. Teaching is counted over all terms, or only
  one semester and/or a range of years when given; then at least / at most so many sections
  in that window keeps only instructors who taught (1) or did not teach (0). Optionally one
  department, a name containing some letters, or a salary above / below an amount. By name
  (default), highest or lowest salary, or most sections first.
examples:
  - faculty list with salaries
  - instructors in the History department, best paid first
  - who taught in Fall 2007
  - instructors with no teaching since 2009
  - instructors earning under 50000
  - look up instructor Sullivan
keywords: [instructor, instructors, faculty, professor, professors, teacher, teachers, staff,
           lecturer, name, names, salary, salaries, earn, earns, paid, pay, wage, department,
           taught, teach, teaches, teaching, load, sections, courses, did not teach, never,
           information, details, list, directory]
params:
  department:
    type: choice
    optional: true
    choices: [Accounting, Astronomy, Athletics, Biology, Civil Eng., Comp. Sci., Cybernetics,
              Elec. Eng., English, Finance, Geology, History, Languages, Marketing, Math,
              Mech. Eng., Physics, Pol. Sci., Psychology, Statistics]
    synonyms: {computer science: Comp. Sci., cs: Comp. Sci., comp sci: Comp. Sci.,
               civil engineering: Civil Eng., electrical engineering: Elec. Eng., ee: Elec. Eng.,
               mechanical engineering: Mech. Eng., political science: Pol. Sci.,
               poli sci: Pol. Sci., polisci: Pol. Sci., mathematics: Math, maths: Math,
               stats: Statistics, psych: Psychology, bio: Biology}
  name: {type: string, optional: true, label: name contains}
  salary_above: {type: number, optional: true, min: 0, max: 1000000, label: salary more than}
  salary_below: {type: number, optional: true, min: 0, max: 1000000, label: salary less than}
  semester:
    type: choice
    optional: true
    choices: [Fall, Spring]
    synonyms: {fall: Fall, autumn: Fall, spring: Spring}
  from_year: {type: int, optional: true, min: 1990, max: 2030, label: teaching from year}
  to_year: {type: int, optional: true, min: 1990, max: 2030, label: teaching to year}
  min_sections: {type: int, optional: true, min: 0, max: 100, label: sections taught at least}
  max_sections: {type: int, optional: true, min: 0, max: 100, label: sections taught at most}
  sort:
    type: choice
    choices: [name, salary_high, salary_low, most_sections]
    default: name
    synonyms: {by name: name, alphabetical: name, alphabetic: name,
               highest salary: salary_high, best paid: salary_high, top earners: salary_high,
               salary descending: salary_high, lowest salary: salary_low,
               lowest paid: salary_low, lowest earning: salary_low,
               salary ascending: salary_low, most sections: most_sections,
               busiest: most_sections, heaviest load: most_sections}
owner: "@registrar-data"
---*/
WITH taught AS (
    SELECT t.ID, COUNT(*) AS sections_taught, COUNT(DISTINCT t.course_id) AS courses_taught,
           string_agg(DISTINCT c.title, '; ' ORDER BY c.title) AS course_titles
    FROM teaches AS t
    JOIN course AS c ON c.course_id = t.course_id
    WHERE 1 = 1
    {% if semester %}AND t.semester = :semester
    {% endif %}{% if from_year is not none and from_year is not false %}AND t.year >= :from_year
    {% endif %}{% if to_year is not none and to_year is not false %}AND t.year <= :to_year
    {% endif %}GROUP BY t.ID
)
SELECT
    i.ID AS instructor_id,
    i.name,
    i.dept_name AS department,
    i.salary,
    COALESCE(t.sections_taught, 0) AS sections_taught,
    COALESCE(t.courses_taught, 0) AS courses_taught,
    t.course_titles
FROM instructor AS i
LEFT JOIN taught AS t ON t.ID = i.ID
WHERE 1 = 1
{% if department %}AND i.dept_name = :department
{% endif %}{% if name %}AND lower(i.name) LIKE '%' || lower(:name) || '%'
{% endif %}{% if salary_above is not none and salary_above is not false %}AND i.salary > :salary_above
{% endif %}{% if salary_below is not none and salary_below is not false %}AND i.salary < :salary_below
{% endif %}{% if min_sections is not none and min_sections is not false %}AND COALESCE(t.sections_taught, 0) >= :min_sections
{% endif %}{% if max_sections is not none and max_sections is not false %}AND COALESCE(t.sections_taught, 0) <= :max_sections
{% endif %}ORDER BY
{% if sort == 'salary_high' %}i.salary DESC, i.name
{% elif sort == 'salary_low' %}i.salary, i.name
{% elif sort == 'most_sections' %}sections_taught DESC, i.name
{% else %}i.name, i.ID
{% endif %}
