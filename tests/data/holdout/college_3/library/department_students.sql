/*---
title: Majors and minors per department
description: >
  One row per department (all of them, zeros included): number, name, division, students
  majoring in it and students minoring in it. Optionally one division. By department
  number (default), most minors or most majors first.
examples:
  - majors and minors by department
  - which department is the most popular minor
  - how many students major in each engineering department
keywords: [major, majors, majoring, minor, minors, minoring, minored, students, department,
           departments, dept, popular, most, biggest, number, how many, count, per
           department, by department, division]
params:
  division:
    type: choice
    optional: true
    choices: [AS, EN]
    synonyms: {arts and sciences: AS, arts & sciences: AS, engineering: EN}
  sort:
    type: choice
    choices: [dept_no, most_minors, most_majors]
    default: dept_no
    synonyms: {by number: dept_no, most minors: most_minors, most minoring: most_minors,
               popular minor: most_minors, most majors: most_majors,
               popular major: most_majors}
owner: "@registrar-data"
---*/
SELECT
    d.DNO AS dept_no,
    d.DName AS department,
    d.Division AS division,
    (SELECT COUNT(*) FROM Student AS s WHERE s.Major = d.DNO) AS majors,
    (SELECT COUNT(DISTINCT n.StuID) FROM Minor_in AS n WHERE n.DNO = d.DNO) AS minors
FROM Department AS d
WHERE 1 = 1
{% if division %}AND d.Division = :division
{% endif %}ORDER BY
{% if sort == 'most_minors' %}minors DESC, d.DNO
{% elif sort == 'most_majors' %}majors DESC, d.DNO
{% else %}d.DNO
{% endif %}
