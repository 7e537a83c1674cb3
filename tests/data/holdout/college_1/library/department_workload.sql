/*---
title: Teaching load per department
description: >
  One row per department: its professors (all, and those whose highest degree is a Ph.D.),
  the courses in its catalogue and their credits added up, the class sections scheduled for
  those courses and the credits of all those sections added up, and the enrolments in them.
  Optionally one department by name or one school. By name (default), or most or fewest
  professors, most Ph.D.s, most classes, most credits (of the scheduled classes) or most
  enrolments first.
examples:
  - faculty and course load by department
  - how many PhDs does each department have
  - which department schedules the most sections
  - enrolments per department this term
  - credit hours each department offers
keywords: [department, departments, dept, depts, per department, each department, by
           department, professors, faculty, phd, ph.d., doctorate, doctorates, degree, courses,
           credits, credit, credit hours, total, sum, classes, sections, enrolments,
           enrollments, enrolled, students enrolled, load, workload, teaching, offer, offers,
           offered, how many, number, most, fewest, least, largest, smallest, highest]
params:
  department: {type: string, optional: true, label: department name}
  school:
    type: choice
    optional: true
    choices: [BUS, "A&SCI"]
    synonyms: {business: BUS, business school: BUS, school of business: BUS,
               "arts and sciences": "A&SCI", "arts & sciences": "A&SCI", "a&s": "A&SCI"}
  sort:
    type: choice
    choices: [name, most_professors, fewest_professors, most_phd, most_classes, most_credits,
              most_enrolments]
    default: name
    synonyms: {alphabetical: name, by name: name, most professors: most_professors,
               biggest faculty: most_professors, fewest professors: fewest_professors,
               least professors: fewest_professors, smallest faculty: fewest_professors,
               most phds: most_phd, most ph.d.s: most_phd, most doctorates: most_phd,
               most classes: most_classes, most sections: most_classes,
               most credits: most_credits, most credit hours: most_credits,
               most enrolments: most_enrolments, most enrollments: most_enrolments,
               most students enrolled: most_enrolments}
owner: "@registrar-analytics"
---*/
SELECT
    d.DEPT_CODE AS department_code,
    d.DEPT_NAME AS department,
    d.SCHOOL_CODE AS school_code,
    (SELECT COUNT(*) FROM PROFESSOR AS p WHERE p.DEPT_CODE = d.DEPT_CODE) AS professors,
    (SELECT COUNT(*) FROM PROFESSOR AS p
      WHERE p.DEPT_CODE = d.DEPT_CODE AND p.PROF_HIGH_DEGREE = 'Ph.D.') AS phd_professors,
    (SELECT COUNT(*) FROM COURSE AS c WHERE c.DEPT_CODE = d.DEPT_CODE) AS courses,
    (SELECT COALESCE(SUM(c.CRS_CREDIT), 0) FROM COURSE AS c
      WHERE c.DEPT_CODE = d.DEPT_CODE) AS catalogue_credits,
    (SELECT COUNT(*) FROM CLASS AS cl JOIN COURSE AS c ON c.CRS_CODE = cl.CRS_CODE
      WHERE c.DEPT_CODE = d.DEPT_CODE) AS classes,
    (SELECT COALESCE(SUM(c.CRS_CREDIT), 0) FROM CLASS AS cl JOIN COURSE AS c ON c.CRS_CODE = cl.CRS_CODE
      WHERE c.DEPT_CODE = d.DEPT_CODE) AS class_credits,
    (SELECT COUNT(*) FROM ENROLL AS e
      JOIN CLASS AS cl ON cl.CLASS_CODE = e.CLASS_CODE
      JOIN COURSE AS c ON c.CRS_CODE = cl.CRS_CODE
      WHERE c.DEPT_CODE = d.DEPT_CODE) AS enrolments
FROM DEPARTMENT AS d
WHERE 1 = 1
{% if department %}AND d.DEPT_NAME = :department
{% endif %}{% if school %}AND d.SCHOOL_CODE = :school
{% endif %}ORDER BY
{% if sort == 'most_professors' %}professors DESC, department
{% elif sort == 'fewest_professors' %}professors, department
{% elif sort == 'most_phd' %}phd_professors DESC, department
{% elif sort == 'most_classes' %}classes DESC, department
{% elif sort == 'most_credits' %}class_credits DESC, department
{% elif sort == 'most_enrolments' %}enrolments DESC, department
{% else %}department
{% endif %}
