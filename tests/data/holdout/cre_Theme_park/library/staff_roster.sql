/*---
title: Staff roster
description: >
  Staff members with their id, name, notes and the attraction they are in charge of.
  Optionally only the staff of one attraction, or one staff member by name. Sorted by
  attraction, then name.
examples:
  - staff list
  - who works at the jungle cruise
  - which attraction is Janet assigned to
  - staff on the fun shops
keywords: [staff, staff member, staff members, employee, employees, team, crew, workers,
           who works, in charge, assigned, responsible, runs, manages, roster, attraction]
params:
  attraction: {type: string, optional: true, label: attraction name}
  staff: {type: string, optional: true, label: staff member name}
owner: "@park-insights"
---*/
SELECT
    s.Staff_ID AS staff_id,
    s.Name AS staff_name,
    s.Other_Details AS details,
    s.Tourist_Attraction_ID AS attraction_id,
    a.Name AS attraction
FROM Staff AS s
LEFT JOIN Tourist_Attractions AS a ON a.Tourist_Attraction_ID = s.Tourist_Attraction_ID
WHERE 1 = 1
{% if attraction %}AND a.Name = :attraction
{% endif %}{% if staff %}AND s.Name = :staff
{% endif %}ORDER BY a.Name, s.Name
