/*---
title: Staff roles
description: >
  One row per project staff role: role code, its full description, how many staff
  assignments have that role and on how many projects. Optionally one role. Most staff first.
examples:
  - what roles do project staff have
  - how many leaders vs researchers
  - what does the leader role mean
keywords: [role, roles, staff role, staff roles, job, jobs, kind, kinds, types, description,
           complete description, meaning, common, most common, staff, leader, researcher,
           how many, count, different]
params:
  role:
    type: choice
    optional: true
    choices: [leader, researcher]
    synonyms: {leaders: leader, project leader: leader, researchers: researcher,
               project researcher: researcher}
owner: "@grants-analytics"
---*/
SELECT
    r.role_code,
    r.role_description,
    COUNT(s.staff_id) AS staff,
    COUNT(DISTINCT s.project_id) AS projects
FROM Staff_Roles AS r
LEFT JOIN Project_Staff AS s ON s.role_code = r.role_code
WHERE 1 = 1
{% if role %}AND r.role_code = :role
{% endif %}GROUP BY r.role_code, r.role_description
ORDER BY staff DESC, r.role_code
