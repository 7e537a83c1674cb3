/*---
title: Department directory
description: >
  One row per department: number, division (AS = Arts and Sciences, EN = Engineering),
  name, office room, building and phone extension. Optionally one division, one building,
  one room or one department name. By department number (default) or name.
examples:
  - phone numbers of all engineering departments
  - which departments sit in Gilman
  - where is the Philosophy department
  - what's in room 221
keywords: [department, departments, dept, depts, division, divisions, arts and sciences,
           engineering, room, office, building, located, where, phone, phones, telephone,
           extension, contact, directory, name, names, number, list, how many]
params:
  division:
    type: choice
    optional: true
    choices: [AS, EN]
    synonyms: {arts and sciences: AS, arts & sciences: AS, arts: AS, sciences: AS,
               engineering: EN, whiting: EN}
  building: {type: string, optional: true, label: building}
  room: {type: string, optional: true, label: room number as stored}
  department: {type: string, optional: true, label: department name}
  sort:
    type: choice
    choices: [dept_no, name]
    default: dept_no
    synonyms: {by number: dept_no, by name: name, alphabetical: name, a-z: name}
owner: "@registrar-data"
---*/
SELECT
    DNO AS dept_no,
    Division AS division,
    DName AS department,
    Room AS room,
    Building AS building,
    DPhone AS phone
FROM Department
WHERE 1 = 1
{% if division %}AND Division = :division
{% endif %}{% if building %}AND lower(Building) = lower(:building)
{% endif %}{% if room %}AND Room = :room
{% endif %}{% if department %}AND lower(DName) = lower(:department)
{% endif %}ORDER BY
{% if sort == 'name' %}DName
{% else %}DNO
{% endif %}
