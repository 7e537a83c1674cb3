/*---
title: Student directory
description: >
  One row per student: student number, first and last name, age, sex, major code, advisor
  number, home city code, and how many clubs they belong to with the clubs' names.
  Optionally one student by first and/or last name, one major, one advisor, one home city,
  one sex, or an age range. By last name (default), first name, youngest or oldest first.
examples:
  - student list with majors and advisors
  - which clubs is Jane Doe in
  - students from Boston
  - how old is Smith
  - students advised by 7777
  - all students who are 21 or older
keywords: [student, students, pupil, pupils, who, name, names, first name, last name,
           surname, age, old, sex, gender, major, majoring, advisor, adviser, city, home,
           from, clubs, belong, belongs, membership, how many, number, count, list, all,
           directory, each]
params:
  first_name: {type: string, optional: true, label: student's first name}
  last_name: {type: string, optional: true, label: student's last name}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  advisor: {type: int, optional: true, min: 1000, max: 9999, label: advisor number}
  city_code: {type: string, optional: true, label: home city code}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  older_than: {type: int, optional: true, min: 0, max: 99, label: age strictly above}
  younger_than: {type: int, optional: true, min: 1, max: 100, label: age strictly below}
  sort:
    type: choice
    choices: [last_name, first_name, youngest, oldest]
    default: last_name
    synonyms: {by last name: last_name, surname: last_name, alphabetical: last_name,
               by first name: first_name, first name: first_name, youngest: youngest,
               youngest first: youngest, oldest: oldest, oldest first: oldest,
               by age: youngest}
owner: "@student-life-data"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    s.Advisor AS advisor,
    s.city_code AS city_code,
    COUNT(m.ClubID) AS clubs,
    STRING_AGG(c.ClubName, ', ' ORDER BY c.ClubName) AS club_names
FROM Student AS s
LEFT JOIN Member_of_club AS m ON m.StuID = s.StuID
LEFT JOIN Club AS c ON c.ClubID = m.ClubID
WHERE 1 = 1
{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}{% if major is not none and major is not false %}AND s.Major = :major
{% endif %}{% if advisor is not none and advisor is not false %}AND s.Advisor = :advisor
{% endif %}{% if city_code %}AND s.city_code = :city_code
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if older_than is not none and older_than is not false %}AND s.Age > :older_than
{% endif %}{% if younger_than is not none and younger_than is not false %}AND s.Age < :younger_than
{% endif %}GROUP BY s.StuID, s.Fname, s.LName, s.Age, s.Sex, s.Major, s.Advisor, s.city_code
ORDER BY
{% if sort == 'first_name' %}s.Fname, s.LName, s.StuID
{% elif sort == 'youngest' %}s.Age, s.LName, s.StuID
{% elif sort == 'oldest' %}s.Age DESC, s.LName, s.StuID
{% else %}s.LName, s.Fname, s.StuID
{% endif %}
