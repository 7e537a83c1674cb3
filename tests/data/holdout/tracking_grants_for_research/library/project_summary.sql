/*---
title: Project summary
description: >
  One row per project (projects with no staff, outcome or task included, with zeros): project
  id, details, the organisation running it (id, type), how many staff work on it (leaders,
  researchers), how many outcomes it produced (papers, patents) and how many tasks it has.
  Optionally one project by its details or id, or the projects of one organisation. By
  project id (default), most outcomes, most staff, fewest staff or most tasks.
examples:
  - project scorecard
  - which project produced the most results
  - headcount per project, smallest first
  - tasks per project
  - how is project vel doing
keywords: [project, projects, each project, per project, details, staff, headcount, team,
           members, leaders, researchers, outcomes, results, papers, patents, tasks, count,
           how many, most, fewest, organisation, id, number]
params:
  project: {type: string, optional: true, label: project details}
  project_id: {type: int, optional: true, min: 1, label: project id}
  organisation_id: {type: int, optional: true, min: 1, label: organisation id}
  sort:
    type: choice
    choices: [id, most_outcomes, most_staff, fewest_staff, most_tasks]
    default: id
    synonyms: {by id: id, most outcomes: most_outcomes, most results: most_outcomes,
               most staff: most_staff, biggest team: most_staff, fewest staff: fewest_staff,
               smallest team: fewest_staff, ascending: fewest_staff, most tasks: most_tasks}
owner: "@grants-analytics"
---*/
WITH staff AS (
    SELECT project_id, COUNT(*) AS staff,
        COUNT(*) FILTER (WHERE role_code = 'leader') AS leaders,
        COUNT(*) FILTER (WHERE role_code = 'researcher') AS researchers
    FROM Project_Staff GROUP BY project_id
), outcomes AS (
    SELECT project_id, COUNT(*) AS outcomes,
        COUNT(*) FILTER (WHERE outcome_code = 'Paper') AS papers,
        COUNT(*) FILTER (WHERE outcome_code = 'Patent') AS patents
    FROM Project_Outcomes GROUP BY project_id
), tasks AS (
    SELECT project_id, COUNT(*) AS tasks FROM Tasks GROUP BY project_id
)
SELECT
    p.project_id,
    p.project_details,
    p.organisation_id,
    o.organisation_type,
    COALESCE(s.staff, 0) AS staff,
    COALESCE(s.leaders, 0) AS leaders,
    COALESCE(s.researchers, 0) AS researchers,
    COALESCE(r.outcomes, 0) AS outcomes,
    COALESCE(r.papers, 0) AS papers,
    COALESCE(r.patents, 0) AS patents,
    COALESCE(t.tasks, 0) AS tasks
FROM Projects AS p
JOIN Organisations AS o ON o.organisation_id = p.organisation_id
LEFT JOIN staff AS s ON s.project_id = p.project_id
LEFT JOIN outcomes AS r ON r.project_id = p.project_id
LEFT JOIN tasks AS t ON t.project_id = p.project_id
WHERE 1 = 1
{% if project %}AND p.project_details = :project
{% endif %}{% if project_id %}AND p.project_id = :project_id
{% endif %}{% if organisation_id %}AND p.organisation_id = :organisation_id
{% endif %}ORDER BY
{% if sort == 'most_outcomes' %}outcomes DESC, p.project_id
{% elif sort == 'most_staff' %}staff DESC, p.project_id
{% elif sort == 'fewest_staff' %}staff, p.project_id
{% elif sort == 'most_tasks' %}tasks DESC, p.project_id
{% else %}p.project_id
{% endif %}
