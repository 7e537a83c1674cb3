/*---
title: Appointments
description: >
  Appointments with their id, start and end time, examination room, the patient, the
  physician seen and the nurse who prepared it; latest first. Optionally for one patient or
  one physician.
examples:
  - show me all appointments
  - latest appointments
  - appointments for Grace Ritchie
  - who did Dr Elliot Reid see
  - which patients have booked a visit?
  - appointment log with rooms and nurses
keywords: [appointment, appointments, visit, visits, booking, booked, consultation,
           schedule, examination room, patient, physician, doctor, seen]
params:
  patient: {type: string, optional: true, label: patient name}
  physician: {type: string, optional: true, label: physician name}
owner: "@clinical-analytics"
---*/
SELECT
    ap.AppointmentID AS appointment_id,
    ap."Start" AS start_time,
    ap."End" AS end_time,
    ap.ExaminationRoom AS examination_room,
    pa.Name AS patient,
    ph.Name AS physician,
    n.Name AS prep_nurse
FROM Appointment AS ap
JOIN Patient AS pa ON pa.SSN = ap.Patient
JOIN Physician AS ph ON ph.EmployeeID = ap.Physician
LEFT JOIN Nurse AS n ON n.EmployeeID = ap.PrepNurse
WHERE TRUE
{% if patient %}  AND pa.Name = :patient
{% endif %}{% if physician %}  AND ph.Name = :physician
{% endif %}ORDER BY ap."Start" DESC, ap.AppointmentID DESC
