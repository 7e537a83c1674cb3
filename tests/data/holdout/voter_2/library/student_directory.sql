/*---
title: Student directory
description: >
  One row per student: student id, first and last name, age, sex (F/M), major code, advisor
  number and home city code. Optionally one sex, one major, one advisor, one city code, one
  last name, or an age range (inclusive). By last name (default), student id, youngest or
  oldest first.
examples:
  - list all students with their advisors
  - students from Baltimore (BAL)
  - who are the women in major 520
  - students aged 20 to 22
  - advisees of advisor 1121
keywords: [student, students, who, name, names, first name, last name, surname, age, ages,
           aged, old, sex, gender, female, male, major, majors, advisor, advisors, adviser,
           city, city code, home, live, lives, from, above, over, under, list, directory]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  advisor: {type: int, optional: true, min: 1000, max: 9999, label: advisor number}
  city_code: {type: string, optional: true, label: city code}
  last_name: {type: string, optional: true, label: last name}
  min_age: {type: int, optional: true, min: 10, max: 99, label: age at least}
  max_age: {type: int, optional: true, min: 10, max: 99, label: age at most}
  sort:
    type: choice
    choices: [last_name, student_id, youngest, oldest]
    default: last_name
    synonyms: {by name: last_name, alphabetical: last_name, surname: last_name,
               by id: student_id, student id: student_id, youngest: youngest,
               youngest first: youngest, oldest: oldest, oldest first: oldest}
owner: "@student-gov-data"
---*/
SELECT
    StuID AS student_id,
    Fname AS first_name,
    LName AS last_name,
    Age AS age,
    Sex AS sex,
    Major AS major,
    Advisor AS advisor,
    city_code
FROM Student
WHERE 1 = 1
{% if sex %}AND Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND Major = :major
{% endif %}{% if advisor is not none and advisor is not false %}AND Advisor = :advisor
{% endif %}{% if city_code %}AND city_code = :city_code
{% endif %}{% if last_name %}AND LName = :last_name
{% endif %}{% if min_age is not none and min_age is not false %}AND Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND Age <= :max_age
{% endif %}ORDER BY
{% if sort == 'student_id' %}StuID
{% elif sort == 'youngest' %}Age, StuID
{% elif sort == 'oldest' %}Age DESC, StuID
{% else %}LName, Fname, StuID
{% endif %}
