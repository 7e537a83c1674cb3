/*---
title: Student directory
description: >
  Every enrolled student: student id, first and last name, age, sex, major code, advisor id
  and home city code. Optionally one student by id, by last name or by first name; one sex,
  city, major or advisor; an exact age or an age window (inclusive). Sorted by last name
  (default), by id, youngest first or oldest first; cut to the first n.
examples:
  - student list with ages
  - who are the boys in major 520
  - students from Baltimore (BAL)
  - details for student 1021
  - students aged 19 to 21
  - three oldest pupils in major 550
  - everyone advised by 8722
keywords: [student, students, pupil, pupils, kids, directory, roster, list, name, names, first
           name, last name, family name, surname, full name, id, ids, student id, age, ages,
           old, years old, sex, gender, female, male, major, advisor, advises, adviser, city,
           home city, lives, live, hometown, youngest, oldest, older, younger]
params:
  stuid: {type: int, optional: true, min: 1, label: student id}
  last_name: {type: string, optional: true, label: last name}
  first_name: {type: string, optional: true, label: first name}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, woman: F, women: F, girl: F, girls: F, f: F,
               male: M, males: M, man: M, men: M, boy: M, boys: M, m: M}
  city: {type: string, optional: true, label: home city code}
  major: {type: int, optional: true, min: 0, label: major code}
  advisor: {type: int, optional: true, min: 0, label: advisor id}
  age: {type: int, optional: true, min: 0, label: exact age}
  min_age: {type: int, optional: true, min: 0, label: age at least}
  max_age: {type: int, optional: true, min: 0, label: age at most}
  sort:
    type: choice
    choices: [name, id, youngest, oldest]
    default: name
    synonyms: {alphabetical: name, a to z: name, last name: name, student id: id,
               by id: id, youngest first: youngest, age ascending: youngest,
               oldest first: oldest, age descending: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n students}
owner: "@student-health-analytics"
---*/
SELECT
    StuID AS student_id,
    Fname AS first_name,
    LName AS last_name,
    Age AS age,
    Sex AS sex,
    Major AS major,
    Advisor AS advisor,
    city_code AS city
FROM Student
WHERE 1 = 1
{% if stuid %}AND StuID = :stuid
{% endif %}{% if last_name %}AND LName = :last_name
{% endif %}{% if first_name %}AND Fname = :first_name
{% endif %}{% if sex %}AND Sex = :sex
{% endif %}{% if city %}AND city_code = :city
{% endif %}{% if major is not none and major is not false %}AND Major = :major
{% endif %}{% if advisor is not none and advisor is not false %}AND Advisor = :advisor
{% endif %}{% if age is not none and age is not false %}AND Age = :age
{% endif %}{% if min_age is not none and min_age is not false %}AND Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND Age <= :max_age
{% endif %}ORDER BY
{% if sort == 'id' %}StuID
{% elif sort == 'youngest' %}Age, LName, Fname
{% elif sort == 'oldest' %}Age DESC, LName, Fname
{% else %}LName, Fname, StuID
{% endif %}{% if n %}LIMIT :n
{% endif %}
