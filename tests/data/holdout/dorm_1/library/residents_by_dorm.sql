/*---
title: Residents per dorm
description: >
  For each dorm: its gender and capacity, how many students live there (women and men), how
  full it is, and their average age; biggest dorm first. Optionally only residents of at
  least an age, or only dorms of one gender (F women only, M men only, X co-ed).
examples:
  - occupancy of each hall
  - how full are the residence halls
  - number of residents aged 22+ per hall
  - mean resident age in each hall
  - headcount in the co-ed halls
keywords: [residents, resident, live, living, lives, occupancy, occupied, full, dorm, dorms,
           hall, halls, per dorm, each dorm, average age, headcount, how many]
params:
  min_age: {type: int, optional: true, min: 0, max: 120, label: resident age at least}
  gender:
    type: choice
    choices: [F, M, X]
    optional: true
    label: dorm gender
    synonyms: {female: F, women: F, girls: F, women-only: F, male: M, men: M, boys: M,
               men-only: M, co-ed: X, coed: X, mixed: X}
owner: "@housing-office"
---*/
SELECT
    d.dorm_name,
    d.gender,
    d.student_capacity,
    COUNT(*) AS residents,
    COUNT(*) FILTER (WHERE s.Sex = 'F') AS female_residents,
    COUNT(*) FILTER (WHERE s.Sex = 'M') AS male_residents,
    ROUND(100.0 * COUNT(*) / d.student_capacity, 1) AS occupancy_pct,
    ROUND(AVG(s.Age), 2) AS average_age
FROM Dorm AS d
JOIN Lives_in AS l ON l.dormid = d.dormid
JOIN Student AS s ON s.StuID = l.stuid
WHERE TRUE
{% if min_age %}  AND s.Age >= :min_age
{% endif %}{% if gender %}  AND d.gender = :gender
{% endif %}GROUP BY d.dormid, d.dorm_name, d.gender, d.student_capacity
ORDER BY d.student_capacity DESC, d.dorm_name
