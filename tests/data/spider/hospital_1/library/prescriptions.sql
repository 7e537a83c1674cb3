/*---
title: Prescriptions
description: >
  Prescriptions written: date, prescribing physician (name and position), patient,
  medication, brand and dose. Optionally for one physician, one medication or one brand.
examples:
  - prescriptions written by Molly Clock
  - who has been prescribed Awakin
  - scripts for Foo Labs drugs
  - which doctors prescribe medication from Baz Industries
  - latest prescriptions with doses
keywords: [prescription, prescriptions, prescribed, prescribe, prescribes, script, scripts,
           medication, medicine, drug, drugs, brand, dose, dosage]
params:
  physician: {type: string, optional: true, label: prescribing physician}
  medication: {type: string, optional: true, label: medication name}
  brand: {type: string, optional: true, label: medication brand}
owner: "@pharmacy-analytics"
---*/
SELECT
    pr."Date" AS prescribed_at,
    ph.Name AS physician,
    ph.Position AS physician_position,
    pa.Name AS patient,
    m.Name AS medication,
    m.Brand AS brand,
    pr.Dose AS dose
FROM Prescribes AS pr
JOIN Physician AS ph ON ph.EmployeeID = pr.Physician
JOIN Patient AS pa ON pa.SSN = pr.Patient
JOIN Medication AS m ON m.Code = pr.Medication
WHERE TRUE
{% if physician %}  AND ph.Name = :physician
{% endif %}{% if medication %}  AND m.Name = :medication
{% endif %}{% if brand %}  AND m.Brand = :brand
{% endif %}ORDER BY pr."Date" DESC
