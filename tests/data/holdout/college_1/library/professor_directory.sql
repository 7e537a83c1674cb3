/*---
title: Faculty directory
description: >
  One row per professor: employee number, first and last name, department (code and name),
  school, office, phone extension, highest degree (Ph.D., MA, MBA, DBA), date hired, date of
  birth, and how many class sections they teach this term. Optionally one department by
  name, one professor by last name, one office, one highest degree, or only the professors
  who teach a given course (by course code). By last name (default), by first name, or
  longest-serving first.
examples:
  - faculty list with offices and phone extensions
  - who teaches in the Mathematics department
  - which professors teach QM-261
  - professors whose highest degree is an MBA
  - where is Coronel's office
  - who sits in KLR 284
keywords: [professor, professors, prof, profs, faculty, instructor, instructors, lecturer,
           teacher, teachers, teach, teaching, teaches, who, name, names, first name, last
           name, office, offices, office location, extension, phone, department, dept,
           degree, highest degree, phd, ph.d., masters, doctorate, hired, hire date, date of
           birth, birthday, born, seniority, how many, number, list, directory]
params:
  department: {type: string, optional: true, label: department name}
  last_name: {type: string, optional: true, label: professor's last name}
  office: {type: string, optional: true, label: office}
  degree:
    type: choice
    optional: true
    choices: [Ph.D., MA, MBA, DBA]
    synonyms: {phd: Ph.D., phds: Ph.D., ph.d: Ph.D., ph.d.s: Ph.D., doctorate: Ph.D.,
               doctorates: Ph.D., doctoral: Ph.D., master of arts: MA, m.a.: MA,
               master of business administration: MBA, m.b.a.: MBA,
               doctor of business administration: DBA, d.b.a.: DBA}
  course: {type: string, optional: true, label: course code they teach}
  sort:
    type: choice
    choices: [last_name, first_name, seniority]
    default: last_name
    synonyms: {by last name: last_name, surname: last_name, by first name: first_name,
               first name: first_name, alphabetical by first name: first_name,
               longest serving: seniority, most senior: seniority, hire date: seniority,
               seniority: seniority}
owner: "@registrar-analytics"
---*/
SELECT
    p.EMP_NUM AS employee_number,
    e.EMP_FNAME AS first_name,
    e.EMP_LNAME AS last_name,
    p.DEPT_CODE AS department_code,
    d.DEPT_NAME AS department,
    d.SCHOOL_CODE AS school_code,
    p.PROF_OFFICE AS office,
    p.PROF_EXTENSION AS extension,
    p.PROF_HIGH_DEGREE AS highest_degree,
    e.EMP_HIREDATE AS hired,
    e.EMP_DOB AS date_of_birth,
    (SELECT COUNT(*) FROM CLASS AS cl WHERE cl.PROF_NUM = p.EMP_NUM) AS classes_taught
FROM PROFESSOR AS p
JOIN EMPLOYEE AS e ON e.EMP_NUM = p.EMP_NUM
LEFT JOIN DEPARTMENT AS d ON d.DEPT_CODE = p.DEPT_CODE
WHERE 1 = 1
{% if department %}AND d.DEPT_NAME = :department
{% endif %}{% if last_name %}AND e.EMP_LNAME = :last_name
{% endif %}{% if office %}AND p.PROF_OFFICE = :office
{% endif %}{% if degree %}AND p.PROF_HIGH_DEGREE = :degree
{% endif %}{% if course %}AND p.EMP_NUM IN (SELECT cl.PROF_NUM FROM CLASS AS cl WHERE cl.CRS_CODE = :course)
{% endif %}ORDER BY
{% if sort == 'first_name' %}e.EMP_FNAME, e.EMP_LNAME, p.EMP_NUM
{% elif sort == 'seniority' %}e.EMP_HIREDATE, p.EMP_NUM
{% else %}e.EMP_LNAME, e.EMP_FNAME, p.EMP_NUM
{% endif %}
