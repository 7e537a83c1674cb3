/*---
title: Colleges
description: >
  Every college with its state and enrollment. Optionally one state or an enrollment range;
  sorted by name or by enrollment, and cut to the first n.
examples:
  - list the colleges and their enrollment
  - schools in Oklahoma
  - colleges with fewer than 20000 students
  - the two biggest universities
keywords: [college, colleges, school, schools, university, universities, campus, state,
           enrollment, enrolled, students, size, largest, smallest, list, number of colleges]
params:
  state:
    type: choice
    choices: [LA, AZ, OK, FL]
    optional: true
    synonyms: {louisiana: LA, arizona: AZ, oklahoma: OK, florida: FL}
  enrollment_above: {type: int, optional: true, min: 0, label: enrollment more than}
  enrollment_below: {type: int, optional: true, min: 0, label: enrollment less than}
  sort:
    type: choice
    choices: [name, largest, smallest]
    default: name
    synonyms: {alphabetical: name, a to z: name, biggest: largest, largest first: largest,
               most students: largest, descending enrollment: largest, smallest first: smallest,
               fewest students: smallest, ascending enrollment: smallest,
               increasing enrollment: smallest}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n colleges}
owner: "@athletics-analytics"
---*/
SELECT
    cName,
    state,
    enr
FROM College
WHERE 1 = 1
{% if state %}AND state = :state
{% endif %}{% if enrollment_above %}AND enr > :enrollment_above
{% endif %}{% if enrollment_below %}AND enr < :enrollment_below
{% endif %}ORDER BY
{% if sort == 'largest' %}enr DESC, cName
{% elif sort == 'smallest' %}enr, cName
{% else %}cName
{% endif %}{% if n %}LIMIT :n
{% endif %}
