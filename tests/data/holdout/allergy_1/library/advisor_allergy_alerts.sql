/*---
title: Allergy alerts per advisor
description: >
  For each advisor with at least one advisee who has an allergy on file: how many such
  advisees, how many of them have a food allergy, how many allergy records they carry in all,
  and their names. Meant for briefing advisors before trips and events. Most affected
  advisees first.
examples:
  - which advisors need an allergy briefing
  - advisees with food allergies per advisor
  - allergy alerts for advisor 2192
keywords: [advisor, advisors, adviser, advisee, advisees, alert, alerts, briefing, trip,
           field trip, event, allergy, allergies, food, per advisor, each advisor]
params:
  advisor: {type: int, optional: true, min: 0, label: advisor id}
owner: "@student-health-analytics"
---*/
SELECT
    s.Advisor AS advisor,
    COUNT(DISTINCT s.StuID) AS advisees_with_allergies,
    COUNT(DISTINCT CASE WHEN t.AllergyType = 'food' THEN s.StuID END) AS advisees_with_food_allergies,
    COUNT(*) AS allergy_records,
    STRING_AGG(DISTINCT s.Fname || ' ' || s.LName, ', ') AS advisees
FROM Student AS s
JOIN Has_Allergy AS h ON h.StuID = s.StuID
JOIN Allergy_Type AS t ON t.Allergy = h.Allergy
WHERE 1 = 1
{% if advisor is not none and advisor is not false %}AND s.Advisor = :advisor
{% endif %}GROUP BY s.Advisor
ORDER BY advisees_with_allergies DESC, s.Advisor
