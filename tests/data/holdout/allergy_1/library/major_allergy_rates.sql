/*---
title: Allergy rate by major
description: >
  For each major: the share of its students (in percent) who have at least one allergy on
  file, and the share with a food allergy. Highest rate first.
examples:
  - allergy rate per major
  - which majors have the highest share of allergic students
keywords: [rate, rates, share, percent, percentage, proportion, major, majors, per major,
           allergy, allergies, allergic, food, highest, lowest]
params: {}
owner: "@student-health-analytics"
---*/
SELECT
    s.Major AS major,
    ROUND(100.0 * COUNT(DISTINCT h.StuID) / COUNT(DISTINCT s.StuID), 1) AS pct_with_allergy,
    ROUND(100.0 * COUNT(DISTINCT CASE WHEN t.AllergyType = 'food' THEN h.StuID END)
          / COUNT(DISTINCT s.StuID), 1) AS pct_with_food_allergy
FROM Student AS s
LEFT JOIN Has_Allergy AS h ON h.StuID = s.StuID
LEFT JOIN Allergy_Type AS t ON t.Allergy = h.Allergy
GROUP BY s.Major
ORDER BY pct_with_allergy DESC, s.Major
