/*---
title: Appointments per patient
description: >
  Number of appointments each patient has had, with their phone number and last visit;
  optionally only patients with more than a given number of appointments (frequent
  visitors).
examples:
  - how often has each patient come in
  - patients with more than 2 visits
  - frequent patients and how to reach them
  - appointment count by patient
keywords: [patients, patient, appointments per patient, visits, frequent, repeat, returning,
           phone, contact, how often, count]
params:
  more_than: {type: int, default: 0, min: 0, max: 1000, label: more than N appointments}
owner: "@clinical-analytics"
---*/
SELECT
    pa.SSN AS patient_id,
    pa.Name AS patient,
    pa.Phone AS phone,
    COUNT(*) AS appointments,
    MAX(ap."Start") AS last_appointment
FROM Appointment AS ap
JOIN Patient AS pa ON pa.SSN = ap.Patient
GROUP BY pa.SSN, pa.Name, pa.Phone
HAVING COUNT(*) > :more_than
ORDER BY appointments DESC, patient
