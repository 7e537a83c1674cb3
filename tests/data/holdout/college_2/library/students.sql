/*---
title: Student list
description: >
  One row per student: student id, name, major department, total credits earned, and their
  advisor's id and name. Optionally one major department, one student name, one advisor
  (by name), or a range of total credits (inclusive). By name (default), most or fewest
  credits first, or student id.
examples:
  - list the students in Astronomy
  - seniors with 120 credits or more
  - who are Mahmoud's advisees
  - find the student named Tanaka
  - students with the fewest credits
keywords: [student, students, name, names, major, majors, department, credits, total
           credits, tot cred, credit hours, earned, advisor, advisors, adviser, advised,
           advisee, advisees, who, list, roster, directory]
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
  student_name: {type: string, optional: true, label: student name}
  advisor_name: {type: string, optional: true, label: advisor's name}
  min_credits: {type: int, optional: true, min: 0, max: 300, label: total credits at least}
  max_credits: {type: int, optional: true, min: 0, max: 300, label: total credits at most}
  sort:
    type: choice
    choices: [name, credits_high, credits_low, student_id]
    default: name
    synonyms: {by name: name, alphabetical: name, most credits: credits_high,
               highest credits: credits_high, credits descending: credits_high,
               fewest credits: credits_low, least credits: credits_low,
               lowest credits: credits_low, credits ascending: credits_low,
               by id: student_id, student id: student_id}
owner: "@registrar-data"
---*/
SELECT
    s.ID AS student_id,
    s.name,
    s.dept_name AS department,
    s.tot_cred AS total_credits,
    a.i_ID AS advisor_id,
    i.name AS advisor_name
FROM student AS s
LEFT JOIN advisor AS a ON a.s_ID = s.ID
LEFT JOIN instructor AS i ON i.ID = a.i_ID
WHERE 1 = 1
{% if department %}AND s.dept_name = :department
{% endif %}{% if student_name %}AND s.name = :student_name
{% endif %}{% if advisor_name %}AND i.name = :advisor_name
{% endif %}{% if min_credits is not none and min_credits is not false %}AND s.tot_cred >= :min_credits
{% endif %}{% if max_credits is not none and max_credits is not false %}AND s.tot_cred <= :max_credits
{% endif %}ORDER BY
{% if sort == 'credits_high' %}s.tot_cred DESC, s.name, s.ID
{% elif sort == 'credits_low' %}s.tot_cred, s.name, s.ID
{% elif sort == 'student_id' %}s.ID
{% else %}s.name, s.ID
{% endif %}
