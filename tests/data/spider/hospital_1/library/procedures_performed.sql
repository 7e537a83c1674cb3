/*---
title: Procedures performed
description: >
  Procedures patients have undergone: date, patient, procedure, performing physician,
  assisting nurse and the room of the stay; most recent first. Optionally for one patient,
  one physician or one procedure.
examples:
  - latest procedures done
  - which treatments did Dennis Doe have
  - operations performed by Todd Quinlan
  - who had a Reverse Rhinopodoplasty
  - surgery log
keywords: [procedure, procedures, performed, undergone, undergoes, undergoing, operation,
           operations, surgery, treatment, treatments, patient, physician, assisting nurse]
params:
  patient: {type: string, optional: true, label: patient name}
  physician: {type: string, optional: true, label: performing physician}
  procedure: {type: string, optional: true, label: procedure name}
owner: "@clinical-analytics"
---*/
SELECT
    u.DateUndergoes AS performed_on,
    pa.Name AS patient,
    pr.Name AS procedure,
    ph.Name AS physician,
    n.Name AS assisting_nurse,
    s.Room AS room
FROM Undergoes AS u
JOIN Patient AS pa ON pa.SSN = u.Patient
JOIN Procedures AS pr ON pr.Code = u.Procedures
JOIN Physician AS ph ON ph.EmployeeID = u.Physician
LEFT JOIN Nurse AS n ON n.EmployeeID = u.AssistingNurse
LEFT JOIN Stay AS s ON s.StayID = u.Stay
WHERE TRUE
{% if patient %}  AND pa.Name = :patient
{% endif %}{% if physician %}  AND ph.Name = :physician
{% endif %}{% if procedure %}  AND pr.Name = :procedure
{% endif %}ORDER BY u.DateUndergoes DESC
