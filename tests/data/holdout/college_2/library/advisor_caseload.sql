/*---
title: Advisor caseload
description: >
  One row per instructor who advises students: instructor id, name, department and salary,
  the number of advisees, how many different majors they come from, and the advisees'
  average total credits. Optionally counts only advisees majoring in one department, only
  advisors of one department, or only advisors with at least so many advisees. By name
  (default), most advisees, or highest salary first.
examples:
  - how many advisees does each instructor have
  - who advises the Geology majors
  - advisors with at least 50 advisees
  - advising load in the Physics faculty
keywords: [advisor, advisors, adviser, advisers, advise, advises, advising, advised, advisee,
           advisees, mentor, mentors, caseload, instructor, instructors, faculty, salary,
           students, majors, department, per advisor, each advisor, how many]
params:
  student_department:
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
  min_advisees: {type: int, optional: true, min: 1, max: 2000, label: advisees at least}
  sort:
    type: choice
    choices: [name, most_advisees, salary_high]
    default: name
    synonyms: {by name: name, alphabetical: name, most advisees: most_advisees,
               biggest caseload: most_advisees, heaviest: most_advisees,
               highest salary: salary_high, best paid: salary_high}
owner: "@registrar-data"
---*/
SELECT
    i.ID AS instructor_id,
    i.name,
    i.dept_name AS department,
    i.salary,
    COUNT(*) AS advisees,
    COUNT(DISTINCT s.dept_name) AS advisee_majors,
    ROUND(AVG(s.tot_cred), 1) AS advisee_avg_credits
FROM advisor AS a
JOIN instructor AS i ON i.ID = a.i_ID
JOIN student AS s ON s.ID = a.s_ID
WHERE 1 = 1
{% if student_department %}AND s.dept_name = :student_department
{% endif %}{% if department %}AND i.dept_name = :department
{% endif %}GROUP BY i.ID, i.name, i.dept_name, i.salary
{% if min_advisees is not none and min_advisees is not false %}HAVING COUNT(*) >= :min_advisees
{% endif %}ORDER BY
{% if sort == 'most_advisees' %}advisees DESC, i.name
{% elif sort == 'salary_high' %}i.salary DESC, i.name
{% else %}i.name, i.ID
{% endif %}
