/*---
title: Nurse activity
description: >
  Every nurse (id, name, position, registered or not) with the appointments they prepared,
  the procedures they assisted and their on-call shifts, alphabetically.
examples:
  - what have our nurses been doing
  - nurse roster
  - which nurse preps the most appointments
  - nurses who assisted in surgery
  - on-call shifts per nurse
keywords: [nurse, nurses, nursing, prepared, prep, assisted, assisting, on call, on-call,
           shifts, roster, registered, activity]
params: {}
owner: "@nursing-ops"
---*/
SELECT
    n.EmployeeID AS nurse_id,
    n.Name AS nurse,
    n.Position AS position,
    n.Registered AS registered,
    (SELECT COUNT(*) FROM Appointment AS a WHERE a.PrepNurse = n.EmployeeID) AS appointments_prepared,
    (SELECT COUNT(*) FROM Undergoes AS u WHERE u.AssistingNurse = n.EmployeeID) AS procedures_assisted,
    (SELECT COUNT(*) FROM On_Call AS o WHERE o.Nurse = n.EmployeeID) AS on_call_shifts
FROM Nurse AS n
ORDER BY n.Name
