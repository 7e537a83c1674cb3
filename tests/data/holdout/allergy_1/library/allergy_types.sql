/*---
title: Allergy types overview
description: >
  One row per allergy type (food, environmental, animal): how many allergies of that type the
  catalogue holds, how many allergy records on file are of that type, and how many distinct
  students have at least one allergy of that type. Types with the most catalogued allergies
  first.
examples:
  - breakdown of allergy categories
  - how many allergens fall under each category
  - allergy category overview with case counts
keywords: [allergy type, allergy types, type, types, category, categories, kind, kinds,
           breakdown, per type, each type, food, environmental, animal, allergies, number,
           count, students affected, affected, most, least, common]
params: {}
owner: "@student-health-analytics"
---*/
SELECT
    t.AllergyType AS allergy_type,
    COUNT(DISTINCT t.Allergy) AS allergies_in_catalogue,
    COUNT(h.StuID) AS allergy_records,
    COUNT(DISTINCT h.StuID) AS students_affected
FROM Allergy_Type AS t
LEFT JOIN Has_Allergy AS h ON h.Allergy = t.Allergy
GROUP BY t.AllergyType
ORDER BY allergies_in_catalogue DESC, t.AllergyType
