/*---
title: Student directory
description: >
  One row per student: student id, first and last name, age, sex, major code, advisor's
  faculty id and home city code. Optionally one sex, one home city code, one major code, an
  age range (both ends inclusive), or one student by first and/or last name. By last name
  (default), youngest or oldest first, or by student id.
examples:
  - student list
  - students from BAL
  - everyone in major 520
  - students aged 21 or over
  - how old is Sarah Schmidt
keywords: [student, students, who, name, names, first name, last name, id, ids, student id,
           age, ages, old, older, younger, under, over, aged, sex, gender, male, female,
           major, majors, city, cities, home, hometown, from, directory, list, how many,
           number, count]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, women: F, girls: F, male: M, men: M, boys: M}
  city: {type: string, optional: true, label: home city code}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  min_age: {type: int, optional: true, min: 10, max: 99, label: youngest age (inclusive)}
  max_age: {type: int, optional: true, min: 10, max: 99, label: oldest age (inclusive)}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  sort:
    type: choice
    choices: [last_name, youngest, oldest, student_id]
    default: last_name
    synonyms: {by last name: last_name, alphabetical: last_name, youngest: youngest,
               youngest first: youngest, oldest: oldest, oldest first: oldest,
               by id: student_id, by student id: student_id}
owner: "@activities-data"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    s.Advisor AS advisor_id,
    s.city_code AS city
FROM Student AS s
WHERE 1 = 1
{% if sex %}AND s.Sex = :sex
{% endif %}{% if city %}AND s.city_code = :city
{% endif %}{% if major %}AND s.Major = :major
{% endif %}{% if min_age %}AND s.Age >= :min_age
{% endif %}{% if max_age %}AND s.Age <= :max_age
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}ORDER BY
{% if sort == 'youngest' %}s.Age, s.LName, s.StuID
{% elif sort == 'oldest' %}s.Age DESC, s.LName, s.StuID
{% elif sort == 'student_id' %}s.StuID
{% else %}s.LName, s.Fname, s.StuID
{% endif %}
