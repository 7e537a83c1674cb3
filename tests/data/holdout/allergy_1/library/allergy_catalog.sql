/*---
title: Allergy catalogue
description: >
  The allergies the health office records, one row per allergy with its type (food,
  environmental or animal). Optionally one allergy by name, or only the allergies of one type.
  Sorted by type, then allergy name.
examples:
  - list of allergies we track
  - which allergies count as environmental
  - category of the Rodent allergy
  - every animal-related allergy on file
keywords: [allergy, allergies, allergen, allergens, catalogue, catalog, list, type, types,
           kind, category, food, environmental, animal, tracked, on file, recorded]
params:
  allergy: {type: string, optional: true, label: allergy name}
  allergy_type:
    type: choice
    optional: true
    choices: [food, environmental, animal]
    synonyms: {foods: food, food allergy: food, food allergies: food, dietary: food,
               environment: environmental, seasonal: environmental, airborne: environmental,
               pollen: environmental, animals: animal, pet: animal, pets: animal,
               animal allergy: animal}
owner: "@student-health-analytics"
---*/
SELECT
    Allergy AS allergy,
    AllergyType AS allergy_type
FROM Allergy_Type
WHERE 1 = 1
{% if allergy %}AND Allergy = :allergy
{% endif %}{% if allergy_type %}AND AllergyType = :allergy_type
{% endif %}ORDER BY AllergyType, Allergy
