/*---
title: Medication usage
description: >
  Every medication in the formulary (alphabetical) with its brand, how many times it was
  prescribed and to how many patients. Optionally for one brand.
examples:
  - how much is each drug prescribed
  - formulary with usage counts
  - prescriptions per brand
  - list our medications
  - usage of Snafu Pharmaceuticals drugs
keywords: [medication, medications, medicine, drugs, formulary, brand, brands, usage, used,
           prescribed, prescriptions, count]
params:
  brand: {type: string, optional: true, label: brand}
owner: "@pharmacy-analytics"
---*/
SELECT
    m.Code AS medication_code,
    m.Name AS medication,
    m.Brand AS brand,
    COUNT(pr.Patient) AS prescriptions,
    COUNT(DISTINCT pr.Patient) AS patients
FROM Medication AS m
LEFT JOIN Prescribes AS pr ON pr.Medication = m.Code
{% if brand %}WHERE m.Brand = :brand
{% endif %}GROUP BY m.Code, m.Name, m.Brand
ORDER BY m.Name
