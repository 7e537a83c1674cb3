/*---
title: People overview
description: >
  One row over everyone on file: how many people (and how many of them are entrepreneurs),
  the average, minimum and maximum height and weight, and the earliest and latest date of
  birth.
examples:
  - people overview
  - average height and weight of everyone
  - how many people are on file
keywords: [people, everyone, overview, summary, overall, average, mean, maximum, minimum,
           height, weight, count, how many, total]
params: {}
owner: "@venture-analytics"
---*/
SELECT COUNT(*) AS people,
       (SELECT COUNT(DISTINCT People_ID) FROM entrepreneur) AS entrepreneurs,
       ROUND(AVG(Height), 3) AS average_height, MIN(Height) AS min_height, MAX(Height) AS max_height,
       ROUND(AVG(Weight), 2) AS average_weight, MIN(Weight) AS min_weight, MAX(Weight) AS max_weight,
       MIN(Date_of_Birth) AS earliest_birth, MAX(Date_of_Birth) AS latest_birth
FROM people
