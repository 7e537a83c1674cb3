/*---
title: Dorm list
description: >
  Every dorm with its id, name, student capacity and who it houses (F women only, M men only,
  X co-ed), biggest first. Filters: one dorm by name, dorm gender, capacity above or below a
  number of students.
examples:
  - list our residence halls
  - which halls are co-ed?
  - dorms that hold fewer than 120 people
  - the biggest residence hall on campus
  - capacity of Fawlty Towers
  - men-only halls and their size
keywords: [dorm, dorms, dormitory, dormitories, hall, halls, residence, residence hall,
           housing, capacity, accommodate, size, beds, biggest, largest, gender, co-ed]
params:
  dorm: {type: string, optional: true, label: dorm name}
  gender:
    type: choice
    choices: [F, M, X]
    optional: true
    label: dorm gender
    synonyms: {female: F, women: F, womens: F, girls: F, women-only: F, all-female: F,
               male: M, men: M, mens: M, boys: M, men-only: M, all-male: M,
               co-ed: X, coed: X, mixed: X, all-gender: X}
  capacity_above: {type: int, optional: true, min: 0, label: capacity more than}
  capacity_below: {type: int, optional: true, min: 0, label: capacity less than}
owner: "@housing-office"
---*/
SELECT
    d.dormid AS dorm_id,
    d.dorm_name,
    d.student_capacity,
    d.gender
FROM Dorm AS d
WHERE TRUE
{% if dorm %}  AND d.dorm_name = :dorm
{% endif %}{% if gender %}  AND d.gender = :gender
{% endif %}{% if capacity_above %}  AND d.student_capacity > :capacity_above
{% endif %}{% if capacity_below %}  AND d.student_capacity < :capacity_below
{% endif %}ORDER BY d.student_capacity DESC, d.dorm_name
