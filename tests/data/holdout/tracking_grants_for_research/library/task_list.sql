/*---
title: Project tasks
description: >
  One row per task: task id, details, the "eg Agree Objectives" flag, and the project it
  belongs to (id, details). Optionally the tasks of one project, by its details or id. By task
  id.
examples:
  - all open tasks
  - what tasks does project porro have
  - tasks on project 4
keywords: [task, tasks, to do, todo, work items, details, project, projects, list, all,
           how many, count, total, objectives]
params:
  project: {type: string, optional: true, label: project details}
  project_id: {type: int, optional: true, min: 1, label: project id}
owner: "@grants-analytics"
---*/
SELECT
    t.task_id,
    t.task_details,
    t."eg Agree Objectives" AS agree_objectives,
    t.project_id,
    p.project_details
FROM Tasks AS t
JOIN Projects AS p ON p.project_id = t.project_id
WHERE 1 = 1
{% if project %}AND p.project_details = :project
{% endif %}{% if project_id %}AND t.project_id = :project_id
{% endif %}ORDER BY t.task_id
