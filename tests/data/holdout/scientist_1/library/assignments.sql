/*---
title: Assignments
description: >
  One row per scientist-project assignment: the scientist (name and SSN), the project (code
  and name) and the project's hours. Optionally only one scientist, one project (by name or
  code), or projects with at least or at most some hours (inclusive). Sorted by scientist
  (default), project, or most hours.
examples:
  - who works on what
  - which projects is Carol Smith assigned to
  - staff on the telescope project
  - assignments on projects over 300 hours
keywords: [assignment, assignments, assigned, assigned to, works on, working on, staffing,
           who, scientist, scientists, project, projects, team, members, allocation, roster]
params:
  scientist: {type: string, optional: true, label: scientist's name}
  project: {type: string, optional: true, label: project name}
  code: {type: string, optional: true, label: project code}
  min_hours: {type: int, optional: true, min: 0, label: project of at least this many hours}
  max_hours: {type: int, optional: true, min: 0, label: project of at most this many hours}
  sort:
    type: choice
    choices: [scientist, project, most_hours]
    default: scientist
    synonyms: {by scientist: scientist, by project: project, by project name: project,
               most hours: most_hours, longest: most_hours}
owner: "@research-ops"
---*/
SELECT
    s.Name AS scientist,
    s.SSN AS ssn,
    p.Code AS code,
    p.Name AS project,
    p.Hours AS hours
FROM AssignedTo AS a
JOIN Scientists AS s ON s.SSN = a.Scientist
JOIN Projects AS p ON p.Code = a.Project
WHERE 1 = 1
{% if scientist %}AND s.Name = :scientist
{% endif %}{% if project %}AND p.Name = :project
{% endif %}{% if code %}AND p.Code = :code
{% endif %}{% if min_hours is not none and min_hours is not false %}AND p.Hours >= :min_hours
{% endif %}{% if max_hours is not none and max_hours is not false %}AND p.Hours <= :max_hours
{% endif %}ORDER BY
{% if sort == 'project' %}p.Name, s.Name
{% elif sort == 'most_hours' %}p.Hours DESC, p.Name, s.Name
{% else %}s.Name, p.Name
{% endif %}
