/*---
title: Student directory
description: >
  One row per student: student id, first and last name, age, sex (F/M), major (department
  number and name), minor (department number and name, if any), advisor (faculty id and
  name) and home city code. Optionally one sex, major, minor, advisor, city code or last
  name, a piece of a first or last name, or an age range (inclusive). By last name
  (default), student id, oldest or youngest first.
examples:
  - list the students from PIT
  - who minors in Mathematical Sciences (550)
  - students whose name contains "son"
  - female students aged 20 or over
  - computer science majors youngest first
keywords: [student, students, who, name, names, first name, last name, full name, surname,
           contains, age, ages, aged, old, older, younger, sex, female, male, women, men,
           major, majors, majoring, minor, minors, minoring, advisor, adviser, city, city
           code, home, live, from, list, directory, ordered, order]
params:
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: major department number}
  minor: {type: int, optional: true, min: 1, max: 999, label: minor department number}
  advisor: {type: int, optional: true, min: 1000, max: 9999, label: advisor's faculty id}
  city_code: {type: string, optional: true, label: home city code}
  last_name: {type: string, optional: true, label: last name}
  name_contains: {type: string, optional: true, values: none, label: part of the first or last name}
  min_age: {type: int, optional: true, min: 10, max: 99, label: age at least}
  max_age: {type: int, optional: true, min: 10, max: 99, label: age at most}
  sort:
    type: choice
    choices: [last_name, student_id, oldest, youngest]
    default: last_name
    synonyms: {by name: last_name, alphabetical: last_name, by id: student_id,
               oldest: oldest, oldest first: oldest, age descending: oldest,
               youngest: youngest, youngest first: youngest, age ascending: youngest}
owner: "@registrar-data"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    dm.DName AS major_name,
    (SELECT string_agg(CAST(n.DNO AS VARCHAR), ', ' ORDER BY n.DNO)
     FROM Minor_in AS n WHERE n.StuID = s.StuID) AS minor,
    (SELECT string_agg(d.DName, ', ' ORDER BY n.DNO)
     FROM Minor_in AS n JOIN Department AS d ON d.DNO = n.DNO
     WHERE n.StuID = s.StuID) AS minor_name,
    s.Advisor AS advisor,
    a.Fname || ' ' || a.Lname AS advisor_name,
    s.city_code
FROM Student AS s
LEFT JOIN Department AS dm ON dm.DNO = s.Major
LEFT JOIN Faculty AS a ON a.FacID = s.Advisor
WHERE 1 = 1
{% if sex %}AND s.Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND s.Major = :major
{% endif %}{% if minor is not none and minor is not false %}AND EXISTS (
    SELECT 1 FROM Minor_in AS n WHERE n.StuID = s.StuID AND n.DNO = :minor)
{% endif %}{% if advisor is not none and advisor is not false %}AND s.Advisor = :advisor
{% endif %}{% if city_code %}AND lower(s.city_code) = lower(:city_code)
{% endif %}{% if last_name %}AND lower(s.LName) = lower(:last_name)
{% endif %}{% if name_contains %}AND (s.Fname ILIKE '%' || :name_contains || '%'
     OR s.LName ILIKE '%' || :name_contains || '%')
{% endif %}{% if min_age is not none and min_age is not false %}AND s.Age >= :min_age
{% endif %}{% if max_age is not none and max_age is not false %}AND s.Age <= :max_age
{% endif %}ORDER BY
{% if sort == 'student_id' %}s.StuID
{% elif sort == 'oldest' %}s.Age DESC, s.StuID
{% elif sort == 'youngest' %}s.Age, s.StuID
{% else %}s.LName, s.Fname, s.StuID
{% endif %}
