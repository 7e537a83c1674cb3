/*---
title: Faculty per building
description: >
  One row per building that houses faculty offices (NEB, Barton, Krieger): how many faculty
  members have their office there, split by rank (professors, associate professors, assistant
  professors, instructors) and by sex. With a rank or a sex, only those faculty are counted
  (and buildings without any are left out). Optionally only buildings with at least a given
  number of them. By building name (default), most or fewest faculty first.
examples:
  - headcount per building
  - which buildings have faculty offices
  - buildings with at least 5 instructors
  - where are most of the associate professors
keywords: [building, buildings, office, offices, room, rooms, located, where, faculty,
           faculty members, staff, professors, instructors, per building, each building, by
           building, how many, number, count, headcount, most, largest, biggest, fewest,
           least, smallest, at least, distinct, different, all]
params:
  rank:
    type: choice
    optional: true
    choices: [Professor, AssocProf, AsstProf, Instructor]
    synonyms: {full professor: Professor, full professors: Professor, full profs: Professor,
               associate professor: AssocProf, associate professors: AssocProf,
               assoc profs: AssocProf, assistant professor: AsstProf,
               assistant professors: AsstProf, asst profs: AsstProf,
               instructors: Instructor, lecturers: Instructor}
  sex:
    type: choice
    optional: true
    choices: [F, M]
    synonyms: {female: F, women: F, male: M, men: M}
  min_faculty: {type: int, optional: true, min: 1, max: 100, label: at least this many faculty}
  sort:
    type: choice
    choices: [building, most_faculty, fewest_faculty]
    default: building
    synonyms: {by building: building, by name: building, most: most_faculty,
               most faculty: most_faculty, largest: most_faculty, biggest: most_faculty,
               fewest: fewest_faculty, fewest faculty: fewest_faculty,
               least: fewest_faculty, smallest: fewest_faculty}
owner: "@activities-data"
---*/
SELECT
    f.Building AS building,
    COUNT(*) AS faculty,
    COUNT(*) FILTER (WHERE f.Rank = 'Professor') AS professors,
    COUNT(*) FILTER (WHERE f.Rank = 'AssocProf') AS associate_professors,
    COUNT(*) FILTER (WHERE f.Rank = 'AsstProf') AS assistant_professors,
    COUNT(*) FILTER (WHERE f.Rank = 'Instructor') AS instructors,
    COUNT(*) FILTER (WHERE f.Sex = 'F') AS women,
    COUNT(*) FILTER (WHERE f.Sex = 'M') AS men
FROM Faculty AS f
WHERE 1 = 1
{% if rank %}AND f.Rank = :rank
{% endif %}{% if sex %}AND f.Sex = :sex
{% endif %}GROUP BY f.Building
{% if min_faculty %}HAVING COUNT(*) >= :min_faculty
{% endif %}ORDER BY
{% if sort == 'most_faculty' %}faculty DESC, 1
{% elif sort == 'fewest_faculty' %}faculty, 1
{% else %}1
{% endif %}
