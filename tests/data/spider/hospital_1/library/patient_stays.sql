/*---
title: Patient stays
description: >
  Inpatient stays: stay id, patient (SSN and name), room, admission and discharge dates and
  the number of procedures done during the stay; most recent first. Optionally for one room
  or one patient.
examples:
  - who is staying in room 123
  - admissions and discharges
  - inpatient stays of John Smith
  - which patients have been in room 101
  - length of stay by patient
keywords: [stay, stays, staying, stayed, inpatient, admitted, admission, admissions,
           discharge, room, ward, bed, patient, patients, occupancy]
params:
  room: {type: int, optional: true, min: 1, max: 9999, label: room number}
  patient: {type: string, optional: true, label: patient name}
owner: "@clinical-analytics"
---*/
SELECT
    s.StayID AS stay_id,
    pa.SSN AS patient_id,
    pa.Name AS patient,
    s.Room AS room,
    s.StayStart AS admitted_on,
    s.StayEnd AS discharged_on,
    (SELECT COUNT(*) FROM Undergoes AS u WHERE u.Stay = s.StayID) AS procedures_during_stay
FROM Stay AS s
JOIN Patient AS pa ON pa.SSN = s.Patient
WHERE TRUE
{% if room %}  AND s.Room = :room
{% endif %}{% if patient %}  AND pa.Name = :patient
{% endif %}ORDER BY s.StayStart DESC
