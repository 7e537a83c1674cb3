/*---
title: Who lives where
description: >
  Students living in dorms: name, age, sex, dorm and room number, by dorm and room.
  Filters: one dorm, sex, minimum age, dorms that offer an amenity.
examples:
  - residents of Fawlty Towers
  - room assignments in Dorm-plex 2000
  - which students live in halls with air conditioning
  - women living in Grad Student Asylum
  - room list for the whole campus
keywords: [residents, live, lives, living, room, rooms, room number, assignment, assigned,
           dorm, hall, who, students, tenants, occupants]
params:
  dorm: {type: string, optional: true, label: dorm name}
  sex:
    type: choice
    choices: [F, M]
    optional: true
    synonyms: {female: F, women: F, woman: F, girls: F, girl: F, male: M, men: M, man: M,
               boys: M, boy: M}
  min_age: {type: int, optional: true, min: 0, max: 120, label: age at least}
  amenity: {type: string, optional: true, label: amenity the dorm offers}
owner: "@housing-office"
---*/
SELECT
    s.StuID AS student_id,
    s.Fname AS first_name,
    s.LName AS last_name,
    s.Age AS age,
    s.Sex AS sex,
    d.dorm_name,
    l.room_number
FROM Lives_in AS l
JOIN Student AS s ON s.StuID = l.stuid
JOIN Dorm AS d ON d.dormid = l.dormid
WHERE TRUE
{% if dorm %}  AND d.dorm_name = :dorm
{% endif %}{% if sex %}  AND s.Sex = :sex
{% endif %}{% if min_age %}  AND s.Age >= :min_age
{% endif %}{% if amenity %}  AND l.dormid IN (
      SELECT h.dormid
      FROM Has_amenity AS h
      JOIN Dorm_amenity AS a ON a.amenid = h.amenid
      WHERE a.amenity_name = :amenity
  )
{% endif %}ORDER BY d.dorm_name, l.room_number, s.LName
