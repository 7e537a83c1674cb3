/*---
title: Faculty appointments by department
description: >
  One row per department that has faculty appointments: number, name, division, members
  (faculty appointed there), primary and secondary appointments, and members by rank.
  Optionally one division or one appointment type. Most members first (default), fewest
  first, or by department number.
examples:
  - faculty size of each department
  - which department has the smallest faculty
  - secondary appointments per department
keywords: [department, departments, dept, faculty, members, member, membership, staff,
           appointments, appointment, appointed, primary, secondary, size, headcount,
           how many, count, biggest, largest, smallest, fewest, most, per department,
           by department, division]
params:
  division:
    type: choice
    optional: true
    choices: [AS, EN]
    synonyms: {arts and sciences: AS, arts & sciences: AS, engineering: EN}
  appt_type:
    type: choice
    optional: true
    choices: [Primary, Secondary]
    synonyms: {primary: Primary, main: Primary, secondary: Secondary, joint: Secondary}
  sort:
    type: choice
    choices: [most_members, fewest_members, dept_no]
    default: most_members
    synonyms: {most: most_members, biggest: most_members, largest: most_members,
               fewest: fewest_members, fewest members: fewest_members,
               smallest: fewest_members, least: fewest_members, by number: dept_no}
owner: "@registrar-data"
---*/
SELECT
    d.DNO AS dept_no,
    d.DName AS department,
    d.Division AS division,
    COUNT(*) AS members,
    COUNT(*) FILTER (WHERE m.Appt_Type = 'Primary') AS primary_appointments,
    COUNT(*) FILTER (WHERE m.Appt_Type = 'Secondary') AS secondary_appointments,
    COUNT(*) FILTER (WHERE f.Rank = 'Professor') AS professors,
    COUNT(*) FILTER (WHERE f.Rank = 'AssocProf') AS associate_professors,
    COUNT(*) FILTER (WHERE f.Rank = 'AsstProf') AS assistant_professors,
    COUNT(*) FILTER (WHERE f.Rank = 'Instructor') AS instructors
FROM Member_of AS m
JOIN Department AS d ON d.DNO = m.DNO
JOIN Faculty AS f ON f.FacID = m.FacID
WHERE 1 = 1
{% if division %}AND d.Division = :division
{% endif %}{% if appt_type %}AND m.Appt_Type = :appt_type
{% endif %}GROUP BY d.DNO, d.DName, d.Division
ORDER BY
{% if sort == 'fewest_members' %}members, d.DNO
{% elif sort == 'dept_no' %}d.DNO
{% else %}members DESC, d.DNO
{% endif %}
