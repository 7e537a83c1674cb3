/*---
title: Student body summary
description: >
  One row: the number of students, how many have an advisor, how many instructors advise,
  how many majors are represented, and the average, lowest and highest total credits.
  Optionally only the students of one major department.
examples:
  - how many students do we have
  - student headcount and average credits
  - how many Math majors are there and how many have an advisor
keywords: [students, student body, headcount, how many, number, count, total, advisor,
           advisors, advised, have an advisor, majors, credits, average credits, summary]
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
owner: "@registrar-data"
---*/
SELECT
    COUNT(*) AS students,
    COUNT(a.s_ID) AS students_with_advisor,
    COUNT(DISTINCT a.i_ID) AS advisors,
    COUNT(DISTINCT s.dept_name) AS majors,
    ROUND(AVG(s.tot_cred), 1) AS avg_credits,
    MIN(s.tot_cred) AS min_credits,
    MAX(s.tot_cred) AS max_credits
FROM student AS s
LEFT JOIN advisor AS a ON a.s_ID = s.ID
WHERE 1 = 1
{% if department %}AND s.dept_name = :department
{% endif %}
