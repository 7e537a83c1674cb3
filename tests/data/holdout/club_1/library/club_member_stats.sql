/*---
title: Club membership statistics
description: >
  One row per club (every club, also those with no matching member): how many members,
  female and male members, average, youngest and oldest age of
  the members. Optionally count only members of one sex, one major, from one home city,
  older or younger than an age, or show one club. By name (default), most members first,
  or oldest average age first.
examples:
  - membership numbers per club
  - how many people are in the chess society
  - average age of the film club's members
  - which club has the most women
  - how many engineering majors does each club have
  - members under 21 per club
keywords: [club, clubs, how many, number, count, members, member, membership, size, people,
           students, average, mean, avg, age, old, older, younger, under, over, youngest,
           oldest, female, male, women, men, major, majoring, most, largest, biggest,
           per, each, statistics, stats]
params:
  club: {type: string, optional: true, label: club name}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, females: F, women: F, woman: F, girls: F, male: M, males: M,
               men: M, man: M, boys: M}
  major: {type: int, optional: true, min: 1, max: 999, label: major code}
  city_code: {type: string, optional: true, label: home city code}
  older_than: {type: int, optional: true, min: 0, max: 99, label: age strictly above}
  younger_than: {type: int, optional: true, min: 1, max: 100, label: age strictly below}
  sort:
    type: choice
    choices: [name, most_members, oldest_average]
    default: name
    synonyms: {alphabetical: name, by name: name, most members: most_members,
               largest: most_members, biggest: most_members, most: most_members,
               oldest: oldest_average, highest average age: oldest_average}
owner: "@student-life-data"
---*/
WITH counted AS (
    SELECT m.ClubID, s.Age, s.Sex
    FROM Member_of_club AS m
    JOIN Student AS s ON s.StuID = m.StuID
    WHERE 1 = 1
    {% if sex %}AND s.Sex = :sex
    {% endif %}{% if major is not none and major is not false %}AND s.Major = :major
    {% endif %}{% if city_code %}AND s.city_code = :city_code
    {% endif %}{% if older_than is not none and older_than is not false %}AND s.Age > :older_than
    {% endif %}{% if younger_than is not none and younger_than is not false %}AND s.Age < :younger_than
    {% endif %}
)
SELECT
    c.ClubName AS club,
    c.ClubLocation AS location,
    COUNT(k.ClubID) AS members,
    COUNT(*) FILTER (WHERE k.Sex = 'F') AS female_members,
    COUNT(*) FILTER (WHERE k.Sex = 'M') AS male_members,
    ROUND(AVG(k.Age), 2) AS average_age,
    MIN(k.Age) AS youngest_age,
    MAX(k.Age) AS oldest_age
FROM Club AS c
LEFT JOIN counted AS k ON k.ClubID = c.ClubID
WHERE 1 = 1
{% if club %}AND c.ClubName = :club
{% endif %}GROUP BY c.ClubName, c.ClubLocation
ORDER BY
{% if sort == 'most_members' %}members DESC, c.ClubName
{% elif sort == 'oldest_average' %}average_age DESC NULLS LAST, c.ClubName
{% else %}c.ClubName
{% endif %}
