/*---
title: Body mass index
description: >
  Each person's body mass index (weight in kg over height in metres squared), for the
  campaign health screening. Highest first.
examples:
  - BMI of each person
  - body mass index list
  - health screening numbers
keywords: [bmi, body mass index, mass, index, health, screening, fitness, medical]
params: {}
owner: "@polling-analytics"
---*/
SELECT Name AS name, Height AS height_cm, Weight AS weight_kg,
       ROUND(Weight / ((Height / 100.0) * (Height / 100.0)), 1) AS bmi
FROM people
ORDER BY bmi DESC, Name
