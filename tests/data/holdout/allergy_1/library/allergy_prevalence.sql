/*---
title: Allergy prevalence
description: >
  One row per catalogued allergy with its type and the number of students who have it on
  file (allergies nobody has show 0). Optionally only one allergy type or allergies affecting
  at least a given number of students. Most students first (default), fewest first, or by
  allergy name; cut to the first n.
examples:
  - ranking of allergens by case count
  - prevalence of each food allergy
  - top 3 allergies by number of students
  - allergies reported by at least 5 students
keywords: [prevalence, prevalent, allergy, allergies, allergen, allergens, each allergy, per
           allergy, students, number of students, affected, cases, how common, common,
           frequent, most, least, rare, top, ranking]
params:
  allergy_type:
    type: choice
    optional: true
    choices: [food, environmental, animal]
    synonyms: {foods: food, food allergy: food, food allergies: food, dietary: food,
               environment: environmental, seasonal: environmental, airborne: environmental,
               pollen: environmental, animals: animal, pet: animal, pets: animal}
  min_students: {type: int, optional: true, min: 0, label: affecting at least this many students}
  sort:
    type: choice
    choices: [most_students, fewest_students, name]
    default: most_students
    synonyms: {most: most_students, most common: most_students, commonest: most_students,
               fewest: fewest_students, least: fewest_students, least common: fewest_students,
               rarest: fewest_students, alphabetical: name, a to z: name}
  n: {type: int, optional: true, min: 1, max: 1000, label: show only the first n allergies}
owner: "@student-health-analytics"
---*/
SELECT
    t.Allergy AS allergy,
    t.AllergyType AS allergy_type,
    COUNT(DISTINCT h.StuID) AS students_affected
FROM Allergy_Type AS t
LEFT JOIN Has_Allergy AS h ON h.Allergy = t.Allergy
WHERE 1 = 1
{% if allergy_type %}AND t.AllergyType = :allergy_type
{% endif %}GROUP BY t.Allergy, t.AllergyType
{% if min_students is not none and min_students is not false %}HAVING COUNT(DISTINCT h.StuID) >= :min_students
{% endif %}ORDER BY
{% if sort == 'fewest_students' %}students_affected, t.Allergy
{% elif sort == 'name' %}t.Allergy
{% else %}students_affected DESC, t.Allergy
{% endif %}{% if n %}LIMIT :n
{% endif %}
