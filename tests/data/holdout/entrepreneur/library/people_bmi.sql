/*---
title: Body mass index of people
description: >
  One row per person: height, weight and body mass index (weight / height squared),
  with whether they are an entrepreneur. Sorted by BMI, highest first (default) or lowest.
examples:
  - BMI of everyone on file
  - who has the lowest body mass index
keywords: [bmi, body mass index, body mass, weight to height, ratio, fitness, build]
params:
  sort:
    type: choice
    choices: [highest, lowest]
    default: highest
    synonyms: {highest first: highest, descending: highest, lowest first: lowest, ascending: lowest}
owner: "@venture-analytics"
---*/
SELECT p.Name AS name, p.Height AS height, p.Weight AS weight,
       ROUND(p.Weight / (p.Height * p.Height), 2) AS bmi,
       EXISTS (SELECT 1 FROM entrepreneur AS e WHERE e.People_ID = p.People_ID) AS is_entrepreneur
FROM people AS p
ORDER BY {% if sort == 'lowest' %}bmi{% else %}bmi DESC{% endif %}
