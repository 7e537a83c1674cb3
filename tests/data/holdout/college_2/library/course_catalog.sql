/*---
title: Course catalogue
description: >
  One row per course: course id, title, offering department, credits, number of
  prerequisites and their titles, how many sections have run, and the instructors who have
  taught it. Optionally one department, one course title, a credit value, or a range of
  prerequisite counts (inclusive; at most 0 means courses with no prerequisite). By title
  then credits (default), course id, most credits, most prerequisites, or most sections run.
examples:
  - the full course catalogue
  - all History courses
  - 4-credit courses in Finance
  - courses that need at least 2 prereqs
  - which courses have no prerequisites
  - who has taught Database System Concepts
keywords: [course, courses, class, classes, catalogue, catalog, title, titles, credits,
           credit value, department, offered, offers, provides, prerequisite, prerequisites,
           prereq, prereqs, requirement, requirements, sections, taught, instructors, ran]
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
  course_title: {type: string, optional: true, label: course title}
  credits: {type: int, optional: true, min: 1, max: 10, label: credits}
  min_prereqs: {type: int, optional: true, min: 0, max: 10, label: prerequisites at least}
  max_prereqs: {type: int, optional: true, min: 0, max: 10, label: prerequisites at most}
  sort:
    type: choice
    choices: [title, course_id, credits, most_prereqs, most_sections]
    default: title
    synonyms: {by title: title, alphabetical: title, by name: title, by id: course_id,
               course id: course_id, most credits: credits, by credits: credits,
               most prerequisites: most_prereqs, most prereqs: most_prereqs,
               most sections: most_sections, most offered: most_sections}
owner: "@registrar-data"
---*/
WITH prereqs AS (
    SELECT p.course_id, COUNT(*) AS prerequisites,
           string_agg(pc.title, '; ' ORDER BY pc.title) AS prerequisite_titles
    FROM prereq AS p
    JOIN course AS pc ON pc.course_id = p.prereq_id
    GROUP BY p.course_id
),
offerings AS (
    SELECT s.course_id, COUNT(*) AS sections_run
    FROM section AS s
    GROUP BY s.course_id
),
teachers AS (
    SELECT t.course_id, string_agg(DISTINCT i.name, ', ' ORDER BY i.name) AS taught_by
    FROM teaches AS t
    JOIN instructor AS i ON i.ID = t.ID
    GROUP BY t.course_id
)
SELECT
    c.course_id,
    c.title,
    c.dept_name AS department,
    c.credits,
    COALESCE(p.prerequisites, 0) AS prerequisites,
    p.prerequisite_titles,
    COALESCE(o.sections_run, 0) AS sections_run,
    t.taught_by
FROM course AS c
LEFT JOIN prereqs AS p ON p.course_id = c.course_id
LEFT JOIN offerings AS o ON o.course_id = c.course_id
LEFT JOIN teachers AS t ON t.course_id = c.course_id
WHERE 1 = 1
{% if department %}AND c.dept_name = :department
{% endif %}{% if course_title %}AND c.title = :course_title
{% endif %}{% if credits is not none and credits is not false %}AND c.credits = :credits
{% endif %}{% if min_prereqs is not none and min_prereqs is not false %}AND COALESCE(p.prerequisites, 0) >= :min_prereqs
{% endif %}{% if max_prereqs is not none and max_prereqs is not false %}AND COALESCE(p.prerequisites, 0) <= :max_prereqs
{% endif %}ORDER BY
{% if sort == 'course_id' %}c.course_id
{% elif sort == 'credits' %}c.credits DESC, c.title, c.course_id
{% elif sort == 'most_prereqs' %}prerequisites DESC, c.title, c.course_id
{% elif sort == 'most_sections' %}sections_run DESC, c.title, c.course_id
{% else %}c.title, c.credits, c.course_id
{% endif %}
