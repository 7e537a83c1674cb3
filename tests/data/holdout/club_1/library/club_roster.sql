/*---
title: Club membership roster
description: >
  One row per club membership: club, the member's position in it (President, CTO, ...),
  student number, first and last name, age, sex, major code, advisor number and home city
  code. Optionally one club, one position, members of one sex, one major, one advisor, one
  home city, within an age range, or one student by first and/or last name. By club
  (default), by last name, or youngest first.
examples:
  - who is in the robotics club
  - members of the debate club with their positions
  - who is the treasurer of the chess society
  - which clubs have members from NYC
  - female members of the film club
  - club members advised by 2311
keywords: [member, members, membership, memberships, roster, who, belong, belongs, joined,
           join, in, club, clubs, position, positions, role, roles, president, officer,
           officers, first name, last name, name, names, female, male, women, men, major,
           majoring, advisor, adviser, city, from, age, older, younger]
params:
  club: {type: string, optional: true, label: club name}
  position: {type: string, optional: true, label: position in the club}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  advisor: {type: int, optional: true, min: 1000, max: 9999, label: advisor number}
  city_code: {type: string, optional: true, label: home city code}
  older_than: {type: int, optional: true, min: 0, max: 99, label: age strictly above}
  younger_than: {type: int, optional: true, min: 1, max: 100, label: age strictly below}
  first_name: {type: string, optional: true, label: student's first name}
  last_name: {type: string, optional: true, label: student's last name}
  sort:
    type: choice
    choices: [club, last_name, youngest]
    default: club
    synonyms: {by club: club, by last name: last_name, surname: last_name,
               alphabetical: last_name, youngest: youngest, by age: youngest}
owner: "@student-life-data"
---*/
SELECT
    c.ClubName AS club,
    m.Position AS position,
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.Major AS major,
    s.Advisor AS advisor,
    s.city_code AS city_code
FROM Member_of_club AS m
JOIN Club AS c ON c.ClubID = m.ClubID
JOIN Student AS s ON s.StuID = m.StuID
WHERE 1 = 1
{% if club %}AND c.ClubName = :club
{% endif %}{% if position %}AND m.Position = :position
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if major is not none and major is not false %}AND s.Major = :major
{% endif %}{% if advisor is not none and advisor is not false %}AND s.Advisor = :advisor
{% endif %}{% if city_code %}AND s.city_code = :city_code
{% endif %}{% if older_than is not none and older_than is not false %}AND s.Age > :older_than
{% endif %}{% if younger_than is not none and younger_than is not false %}AND s.Age < :younger_than
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}ORDER BY
{% if sort == 'last_name' %}s.LName, s.Fname, c.ClubName
{% elif sort == 'youngest' %}s.Age, s.LName, c.ClubName
{% else %}c.ClubName, s.LName, s.Fname
{% endif %}
