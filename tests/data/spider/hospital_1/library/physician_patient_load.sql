/*---
title: Physician caseload
description: >
  For each physician, the number of patients who have them as primary care physician (PCP)
  and the number of appointments they have taken. Optionally only physicians with more than
  a given number of patients.
examples:
  - caseload per doctor
  - how many patients is each PCP responsible for
  - doctors with more than 3 patients
  - which physicians have had no appointments
  - workload of each physician
keywords: [caseload, workload, load, pcp, primary care, patients per physician, in charge,
           responsible, physician, physicians, doctor, doctors, appointments]
params:
  more_than: {type: int, optional: true, min: 0, max: 1000, label: more than N patients}
owner: "@clinical-analytics"
---*/
WITH patients AS (
    SELECT PCP AS physician_id, COUNT(*) AS patients
    FROM Patient
    GROUP BY PCP
),
visits AS (
    SELECT Physician AS physician_id, COUNT(*) AS appointments
    FROM Appointment
    GROUP BY Physician
)
SELECT
    ph.EmployeeID AS physician_id,
    ph.Name AS physician,
    ph.Position AS position,
    COALESCE(p.patients, 0) AS patients,
    COALESCE(v.appointments, 0) AS appointments
FROM Physician AS ph
LEFT JOIN patients AS p ON p.physician_id = ph.EmployeeID
LEFT JOIN visits AS v ON v.physician_id = ph.EmployeeID
{% if more_than %}WHERE COALESCE(p.patients, 0) > :more_than
{% endif %}ORDER BY patients DESC, physician
