/*---
title: Allergies that occur together
description: >
  Pairs of allergies found in the same student, with how many students carry both. Each pair
  appears once (alphabetical order within the pair). Optionally only pairs that include one
  given allergy, or pairs shared by at least a given number of students. Most shared first.
examples:
  - which allergies tend to go together
  - allergies most often paired with Tree Pollen
  - allergy combinations seen in 2 or more students
keywords: [together, co-occurrence, cooccurrence, overlap, combination, combinations, pairs,
           paired, comorbid, same student, both, allergy, allergies, tend to]
params:
  allergy: {type: string, optional: true, label: pairs that include this allergy}
  min_students: {type: int, optional: true, min: 1, label: shared by at least this many students}
owner: "@student-health-analytics"
---*/
SELECT
    a.Allergy AS allergy_a,
    b.Allergy AS allergy_b,
    COUNT(DISTINCT a.StuID) AS students_with_both
FROM Has_Allergy AS a
JOIN Has_Allergy AS b ON b.StuID = a.StuID AND b.Allergy > a.Allergy
WHERE 1 = 1
{% if allergy %}AND (a.Allergy = :allergy OR b.Allergy = :allergy)
{% endif %}GROUP BY a.Allergy, b.Allergy
{% if min_students is not none and min_students is not false %}HAVING COUNT(DISTINCT a.StuID) >= :min_students
{% endif %}ORDER BY students_with_both DESC, a.Allergy, b.Allergy
