/*---
title: Department directory
description: >
  One row per academic department: department code and name, the school it belongs to
  (school code BUS for business, A&SCI for arts and sciences), its address (building, room and
  campus mail box), its phone extension and the chair's name. Optionally one department by
  name, or only the departments of one school. Alphabetical by name (default) or by code.
examples:
  - list of departments with their addresses
  - what's the phone extension of the Sociology department
  - which school is Economics/Finance part of
  - departments in the business school
  - who chairs Biology
keywords: [department, departments, dept, depts, directory, list, name, names, code, codes,
           school, school code, address, addresses, location, locations, where, building,
           room, box, mail, extension, phone, chair, head, alphabetical, how many]
params:
  department: {type: string, optional: true, label: department name}
  school:
    type: choice
    optional: true
    choices: [BUS, "A&SCI"]
    synonyms: {business: BUS, business school: BUS, school of business: BUS,
               "arts and sciences": "A&SCI", "arts & sciences": "A&SCI", "a&s": "A&SCI",
               "arts and science": "A&SCI", "a&sci": "A&SCI"}
  sort:
    type: choice
    choices: [name, code]
    default: name
    synonyms: {alphabetical: name, alphabetically: name, a to z: name, by name: name,
               by code: code, department code: code}
owner: "@registrar-analytics"
---*/
SELECT
    d.DEPT_CODE AS department_code,
    d.DEPT_NAME AS department,
    d.SCHOOL_CODE AS school_code,
    d.DEPT_ADDRESS AS address,
    d.DEPT_EXTENSION AS extension,
    e.EMP_FNAME || ' ' || e.EMP_LNAME AS chair
FROM DEPARTMENT AS d
LEFT JOIN EMPLOYEE AS e ON e.EMP_NUM = d.EMP_NUM
WHERE 1 = 1
{% if department %}AND d.DEPT_NAME = :department
{% endif %}{% if school %}AND d.SCHOOL_CODE = :school
{% endif %}ORDER BY
{% if sort == 'code' %}d.DEPT_CODE
{% else %}d.DEPT_NAME, d.DEPT_CODE
{% endif %}
