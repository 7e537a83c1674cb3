/*---
title: Height and weight statistics
description: >
  Height (cm) and weight (kg) of the people on file, per sex (default) or overall: number of
  people, average, minimum and maximum height and weight. Optionally one sex, candidates only,
  or only people whose height or weight is within bounds (inclusive).
examples:
  - average height and weight by sex
  - how tall are the women on average
  - lightest and heaviest weight overall
  - number of people over 90 kg per sex
keywords: [average, mean, minimum, maximum, min, max, height, heights, weight, weights,
           tall, heavy, statistics, stats, per sex, by gender, gender, sex, how many,
           count, number of people, physical, body]
params:
  by:
    type: choice
    choices: [sex, overall]
    default: sex
    synonyms: {per sex: sex, by sex: sex, gender: sex, by gender: sex, each gender: sex,
               each sex: sex, everyone: overall, all people: overall, total: overall}
  sex:
    type: choice
    optional: true
    label: sex
    choices: [M, F]
    synonyms: {male: M, males: M, men: M, man: M, female: F, females: F, women: F,
               woman: F}
  candidates_only: {type: bool, default: false, label: candidates only}
  min_height: {type: int, optional: true, min: 0, label: at least (cm)}
  max_height: {type: int, optional: true, min: 0, label: at most (cm)}
  min_weight: {type: int, optional: true, min: 0, label: at least (kg)}
  max_weight: {type: int, optional: true, min: 0, label: at most (kg)}
owner: "@polling-analytics"
---*/
SELECT
{% if by == 'sex' %}Sex AS sex,
{% endif %}COUNT(*) AS people, ROUND(AVG(Height), 1) AS avg_height_cm,
       MIN(Height) AS min_height_cm, MAX(Height) AS max_height_cm,
       ROUND(AVG(Weight), 1) AS avg_weight_kg, MIN(Weight) AS min_weight_kg,
       MAX(Weight) AS max_weight_kg
FROM people
WHERE 1 = 1
{% if sex %}AND Sex = :sex
{% endif %}{% if candidates_only %}AND People_ID IN (SELECT People_ID FROM candidate)
{% endif %}{% if min_height is not none %}AND Height >= :min_height
{% endif %}{% if max_height is not none %}AND Height <= :max_height
{% endif %}{% if min_weight is not none %}AND Weight >= :min_weight
{% endif %}{% if max_weight is not none %}AND Weight <= :max_weight
{% endif %}{% if by == 'sex' %}GROUP BY Sex ORDER BY Sex
{% endif %}
