/*---
title: Allergy records by home city
description: >
  For each home city with at least one student who has an allergy on file: how many such
  students, and their allergy records split into food, environmental and animal. Cities with
  the most affected students first.
examples:
  - where do our allergic students come from
  - pollen and food allergy records by hometown
keywords: [city, cities, hometown, home city, where, come from, geography, allergy,
           allergies, records, food, environmental, animal, split, by city, per city]
params: {}
owner: "@student-health-analytics"
---*/
SELECT
    s.city_code AS city,
    COUNT(DISTINCT s.StuID) AS students_with_allergies,
    COUNT(*) FILTER (WHERE t.AllergyType = 'food') AS food_records,
    COUNT(*) FILTER (WHERE t.AllergyType = 'environmental') AS environmental_records,
    COUNT(*) FILTER (WHERE t.AllergyType = 'animal') AS animal_records
FROM Student AS s
JOIN Has_Allergy AS h ON h.StuID = s.StuID
JOIN Allergy_Type AS t ON t.Allergy = h.Allergy
GROUP BY s.city_code
ORDER BY students_with_allergies DESC, s.city_code
