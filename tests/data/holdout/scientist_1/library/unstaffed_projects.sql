/*---
title: Unstaffed projects
description: >
  Projects that no scientist is assigned to, with their code and hours. Sorted by most hours
  (default) or by name.
examples:
  - projects with nobody on them
  - which projects have no scientists assigned
  - unstaffed work
keywords: [unstaffed, unassigned, no scientist, nobody, empty, without staff, vacant, open
           projects, gaps, project, projects]
params:
  sort:
    type: choice
    choices: [most_hours, name]
    default: most_hours
    synonyms: {most hours: most_hours, biggest: most_hours, by name: name, alphabetical: name}
owner: "@research-ops"
---*/
SELECT p.Code AS code, p.Name AS project, p.Hours AS hours
FROM Projects AS p
WHERE NOT EXISTS (SELECT 1 FROM AssignedTo AS a WHERE a.Project = p.Code)
ORDER BY
{% if sort == 'name' %}p.Name
{% else %}p.Hours DESC, p.Name
{% endif %}
