/*---
title: Student directory
description: >
  Students with id, first and last name, age, sex, major code, advisor and home city code,
  ordered by last and first name. Filters: sex, home city code, minimum and maximum age
  (inclusive), major code.
examples:
  - list all students
  - students from BOS
  - who is 18 or younger
  - women in major 550
  - students aged 19 to 21 from NYC
  - names and ages of the male students
keywords: [student, students, directory, names, first name, last name, age, aged, older,
           younger, sex, female, male, city, city code, hometown, from, major]
params:
  sex:
    type: choice
    choices: [F, M]
    optional: true
    synonyms: {female: F, women: F, woman: F, girls: F, girl: F, male: M, men: M, man: M,
               boys: M, boy: M}
  city: {type: string, optional: true, label: home city code}
  min_age: {type: int, optional: true, min: 0, max: 120, label: age at least}
  max_age: {type: int, optional: true, min: 0, max: 120, label: age at most}
  major: {type: int, optional: true, min: 0, label: major code}
owner: "@registrar"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    s.Advisor AS advisor,
    s.city_code
FROM Student AS s
WHERE TRUE
{% if sex %}  AND s.Sex = :sex
{% endif %}{% if city %}  AND s.city_code = :city
{% endif %}{% if min_age %}  AND s.Age >= :min_age
{% endif %}{% if max_age %}  AND s.Age <= :max_age
{% endif %}{% if major %}  AND s.Major = :major
{% endif %}ORDER BY s.LName, s.Fname, s.StuID
