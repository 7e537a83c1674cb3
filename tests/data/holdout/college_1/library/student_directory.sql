/*---
title: Student directory
description: >
  One row per student: student number, first name, initial, last name, date of birth, credit
  hours completed, class year (Fr, So, Jr, Sr), GPA, whether they transferred in (yes/no),
  major department code, phone extension and advisor number. Optionally one major
  department code, one class year, transfers or not, a GPA floor (strictly above) or one last
  name. By last name (default), youngest or oldest first, highest GPA or most hours first.
examples:
  - list of students with their GPAs
  - juniors majoring in CIS
  - transfer students
  - students with a GPA over 3.5
  - who is our youngest student
keywords: [student, students, who, name, names, first name, last name, gpa, grade point
           average, hours, credit hours, class, year, freshman, sophomore, junior, senior,
           transfer, transferred, major, department, phone, advisor, date of birth, born,
           age, youngest, oldest, above, over, list, directory]
params:
  department_code: {type: string, optional: true, label: major department code}
  class_year:
    type: choice
    optional: true
    choices: [Fr, So, Jr, Sr]
    synonyms: {freshman: Fr, freshmen: Fr, first year: Fr, first-year: Fr, sophomore: So,
               sophomores: So, second year: So, junior: Jr, juniors: Jr, third year: Jr,
               senior: Sr, seniors: Sr, fourth year: Sr}
  transfer:
    type: choice
    optional: true
    choices: ["yes", "no"]
    synonyms: {transfer: "yes", transfers: "yes", transferred: "yes", transfer students: "yes",
               non-transfer: "no", not transferred: "no", direct entry: "no"}
  gpa_above: {type: number, optional: true, min: 0, max: 4, label: GPA strictly above}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [last_name, youngest, oldest, highest_gpa, most_hours]
    default: last_name
    synonyms: {by name: last_name, surname: last_name, youngest: youngest,
               youngest first: youngest, oldest: oldest, oldest first: oldest,
               highest gpa: highest_gpa, best gpa: highest_gpa, top gpa: highest_gpa,
               most hours: most_hours, most credits: most_hours}
owner: "@registrar-analytics"
---*/
SELECT
    STU_NUM AS student_number,
    STU_FNAME AS first_name,
    STU_INIT AS initial,
    STU_LNAME AS last_name,
    STU_DOB AS date_of_birth,
    STU_HRS AS credit_hours,
    STU_CLASS AS class_year,
    STU_GPA AS gpa,
    CASE WHEN STU_TRANSFER = 1 THEN 'yes' ELSE 'no' END AS transfer,
    DEPT_CODE AS department_code,
    STU_PHONE AS phone,
    PROF_NUM AS advisor_number
FROM STUDENT
WHERE 1 = 1
{% if department_code %}AND DEPT_CODE = :department_code
{% endif %}{% if class_year %}AND STU_CLASS = :class_year
{% endif %}{% if transfer %}AND STU_TRANSFER = CASE WHEN :transfer = 'yes' THEN 1 ELSE 0 END
{% endif %}{% if gpa_above is not none and gpa_above is not false %}AND STU_GPA > :gpa_above
{% endif %}{% if last_name %}AND STU_LNAME = :last_name
{% endif %}ORDER BY
{% if sort == 'youngest' %}STU_DOB DESC, STU_NUM
{% elif sort == 'oldest' %}STU_DOB, STU_NUM
{% elif sort == 'highest_gpa' %}STU_GPA DESC, STU_NUM
{% elif sort == 'most_hours' %}STU_HRS DESC, STU_NUM
{% else %}STU_LNAME, STU_FNAME, STU_NUM
{% endif %}
