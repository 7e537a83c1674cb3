/*---
title: Students in activities
description: >
  One row per student who takes part in at least one activity: student id, first and last
  name, age, sex, home city code, how many different activities they join and which ones
  (names, comma-separated). Optionally an age range (both ends inclusive), one sex, one city
  code, one student by first and/or last name, or only those in at least a given number of
  activities. By last name (default), most activities first, youngest or oldest first, or by
  student id.
examples:
  - which students do activities
  - what is Derek Lee signed up for
  - students in 4 or more activities
  - teenagers in clubs, youngest first
keywords: [student, students, participate, participates, participating, participation,
           involved, takes part, joins, plays, activity, activities, clubs, sports, which,
           names, ids, student id, age, under, over, older, younger, aged, how many, number,
           count, most, active, at least, each, per]
params:
  min_age: {type: int, optional: true, min: 10, max: 99, label: youngest age (inclusive)}
  max_age: {type: int, optional: true, min: 10, max: 99, label: oldest age (inclusive)}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, women: F, girls: F, male: M, men: M, boys: M}
  city: {type: string, optional: true, label: home city code}
  first_name: {type: string, optional: true, label: first name}
  last_name: {type: string, optional: true, label: last name}
  min_activities: {type: int, optional: true, min: 1, max: 16, label: at least this many activities}
  sort:
    type: choice
    choices: [last_name, most_activities, youngest, oldest, student_id]
    default: last_name
    synonyms: {by last name: last_name, alphabetical: last_name, most: most_activities,
               most activities: most_activities, most active: most_activities,
               youngest: youngest, youngest first: youngest, oldest: oldest,
               oldest first: oldest, by id: student_id, by student id: student_id}
owner: "@activities-data"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    s.city_code AS city,
    COUNT(DISTINCT a.actid) AS activities,
    string_agg(DISTINCT a.activity_name, ', ' ORDER BY a.activity_name) AS activity_names
FROM Student AS s
JOIN Participates_in AS p ON p.stuid = s.StuID
JOIN Activity AS a ON a.actid = p.actid
WHERE 1 = 1
{% if min_age %}AND s.Age >= :min_age
{% endif %}{% if max_age %}AND s.Age <= :max_age
{% endif %}{% if sex %}AND s.Sex = :sex
{% endif %}{% if city %}AND s.city_code = :city
{% endif %}{% if first_name %}AND s.Fname = :first_name
{% endif %}{% if last_name %}AND s.LName = :last_name
{% endif %}GROUP BY s.StuID, s.Fname, s.LName, s.Age, s.Sex, s.city_code
{% if min_activities %}HAVING COUNT(DISTINCT a.actid) >= :min_activities
{% endif %}ORDER BY
{% if sort == 'most_activities' %}activities DESC, s.LName, s.StuID
{% elif sort == 'youngest' %}s.Age, s.LName, s.StuID
{% elif sort == 'oldest' %}s.Age DESC, s.LName, s.StuID
{% elif sort == 'student_id' %}s.StuID
{% else %}s.LName, s.Fname, s.StuID
{% endif %}
