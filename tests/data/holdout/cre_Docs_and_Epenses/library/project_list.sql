/*---
title: Project list
description: >
  The projects we track: project id and details (the project's name). Optionally one project
  by its details or id. By project id.
examples:
  - what projects do we have
  - what is project 105
  - project ids and names
keywords: [project, projects, project id, project details, name, names, list, which projects,
           all projects]
params:
  project: {type: string, optional: true, label: project}
  project_id: {type: int, optional: true, min: 0, label: project id}
owner: "@research-office-data"
---*/
SELECT Project_ID AS project_id, Project_Details AS project
FROM Projects
WHERE 1 = 1
{% if project %}AND Project_Details = :project
{% endif %}{% if project_id is not none %}AND Project_ID = :project_id
{% endif %}ORDER BY Project_ID
