/*---
title: Course catalogue
description: >
  One row per course in the catalogue: course code (such as ACCT-211), the department that
  owns it (code and name), its description, its credits, how many class sections of it are
  scheduled and how many students are enrolled in them. Optionally one course by code, or the
  courses of one department by name. By course code (default), most credits or most sections
  first.
examples:
  - what courses do we have and how many credits is each
  - credits for CIS-420
  - course list for Accounting
  - what is QM-362 about
  - courses with the most sections
keywords: [course, courses, catalogue, catalog, course code, code, codes, description,
           describe, about, title, credit, credits, credit hours, units, sections, section,
           offered, offer, offers, department, dept, each course, per course, how many,
           number, different, distinct, list]
params:
  course: {type: string, optional: true, label: course code}
  department: {type: string, optional: true, label: department name}
  sort:
    type: choice
    choices: [code, most_credits, most_sections]
    default: code
    synonyms: {by code: code, most credits: most_credits, highest credits: most_credits,
               most sections: most_sections, most classes: most_sections}
owner: "@registrar-analytics"
---*/
SELECT
    c.CRS_CODE AS course_code,
    c.DEPT_CODE AS department_code,
    d.DEPT_NAME AS department,
    c.CRS_DESCRIPTION AS description,
    c.CRS_CREDIT AS credits,
    (SELECT COUNT(*) FROM CLASS AS cl WHERE cl.CRS_CODE = c.CRS_CODE) AS sections,
    (SELECT COUNT(*) FROM ENROLL AS e JOIN CLASS AS cl ON cl.CLASS_CODE = e.CLASS_CODE
      WHERE cl.CRS_CODE = c.CRS_CODE) AS enrolled_students
FROM COURSE AS c
LEFT JOIN DEPARTMENT AS d ON d.DEPT_CODE = c.DEPT_CODE
WHERE 1 = 1
{% if course %}AND c.CRS_CODE = :course
{% endif %}{% if department %}AND d.DEPT_NAME = :department
{% endif %}ORDER BY
{% if sort == 'most_credits' %}credits DESC, 1
{% elif sort == 'most_sections' %}sections DESC, 1
{% else %}1
{% endif %}
