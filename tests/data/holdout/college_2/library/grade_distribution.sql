/*---
title: Grade distribution
description: >
  One row per offering department and letter grade: how many grades of that letter were
  given, and its share of the department's grades. Optionally one department, one semester,
  or a range of years (inclusive).
examples:
  - grade distribution by department
  - how many A+ did Biology give since 2007
  - spring grades breakdown for Languages
keywords: [grade, grades, grading, letter grade, distribution, breakdown, share, percent,
           curve, harsh, easy, department]
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
  semester:
    type: choice
    optional: true
    choices: [Fall, Spring]
    synonyms: {fall: Fall, autumn: Fall, spring: Spring}
  from_year: {type: int, optional: true, min: 1990, max: 2030, label: year from}
  to_year: {type: int, optional: true, min: 1990, max: 2030, label: year to}
owner: "@registrar-data"
---*/
SELECT
    c.dept_name AS department,
    k.grade,
    COUNT(*) AS grades_given,
    ROUND(100.0 * COUNT(*) / SUM(COUNT(*)) OVER (PARTITION BY c.dept_name), 1) AS pct_of_department
FROM takes AS k
JOIN course AS c ON c.course_id = k.course_id
WHERE 1 = 1
{% if department %}AND c.dept_name = :department
{% endif %}{% if semester %}AND k.semester = :semester
{% endif %}{% if from_year is not none and from_year is not false %}AND k.year >= :from_year
{% endif %}{% if to_year is not none and to_year is not false %}AND k.year <= :to_year
{% endif %}GROUP BY c.dept_name, k.grade
ORDER BY c.dept_name, k.grade
