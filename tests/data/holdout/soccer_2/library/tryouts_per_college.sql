/*---
title: Tryouts per college
description: >
  Each college that held tryouts, with its state and enrollment, the number of players who
  tried out, how many were accepted and the positions tried for; most tryouts first or by name.
examples:
  - tryout turnout by school
  - which college had the most players trying out
  - acceptances per college
keywords: [college, colleges, school, schools, tryout, tryouts, turnout, participants,
           players, students, accepted, acceptances, per college, each college, state, states,
           count, most, involved, represented]
params:
  sort:
    type: choice
    choices: [most_tryouts, name]
    default: most_tryouts
    synonyms: {most: most_tryouts, busiest: most_tryouts, alphabetical: name, a to z: name,
               by name: name}
owner: "@athletics-analytics"
---*/
SELECT
    c.cName,
    c.state,
    c.enr,
    COUNT(*) AS tryouts,
    COUNT(*) FILTER (WHERE t.decision = 'yes') AS accepted,
    string_agg(DISTINCT t.pPos, ', ') AS positions
FROM Tryout AS t
JOIN College AS c ON c.cName = t.cName
GROUP BY c.cName, c.state, c.enr
ORDER BY
{% if sort == 'name' %}c.cName
{% else %}tryouts DESC, c.cName
{% endif %}
