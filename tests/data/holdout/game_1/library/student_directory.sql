/*---
title: Student list
description: >
  The students on the campus-rec register: student id, first and last name, age, sex, major
  code, advisor id and home city code. Filter by id, first or last name, sex, home city,
  major, advisor, exact age or an age range (both ends included). Ordered by last name
  (default), by id, youngest first or oldest first; optionally only the first n.
examples:
  - register entry for student 1026
  - students whose home city is PIT
  - everyone in major 520
  - advisees of advisor 8772
  - female students aged 20 to 22
  - the five oldest students
keywords: [student, students, register, list, roster, who, name, names, first name,
           last name, surname, id, ids, student id, age, aged, years old, sex, gender, female,
           male, major, advisor, adviser, advisee, advisees, city, home city, hometown, live,
           lives, from, youngest, oldest, under, over]
params:
  stuid: {type: int, optional: true, min: 1, label: student id}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, girl: F,
               male: M, males: M, men: M, man: M, boys: M, boy: M}
  city: {type: string, optional: true, label: home city code}
  major: {type: int, optional: true, min: 0, label: major code}
  advisor: {type: int, optional: true, min: 0, label: advisor id}
  age: {type: int, optional: true, min: 0, label: age exactly}
  min_age: {type: int, optional: true, min: 0, label: age from (included)}
  max_age: {type: int, optional: true, min: 0, label: age up to (included)}
  sort:
    type: choice
    choices: [name, id, youngest, oldest]
    default: name
    synonyms: {alphabetical: name, by name: name, last name: name, by id: id,
               student id: id, youngest first: youngest, oldest first: oldest}
  n: {type: int, optional: true, min: 1, max: 1000, label: first n students only}
owner: "@campus-rec-analytics"
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
{% endif %}{% if first_name %}AND Fname = :first_name
{% endif %}{% if last_name %}AND LName = :last_name
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
