/*---
title: Project outcomes
description: >
  One row per outcome a project produced: project id and details, outcome code (Paper,
  Patent), its description (Published Research Paper, Research Patent) and notes. Optionally
  one kind of outcome, or one project by its details or id. By project id.
examples:
  - every research outcome we have on record
  - which projects got a paper published
  - patents from project beatae
  - list the outcomes of project 7
keywords: [outcome, outcomes, result, results, research outcome, paper, papers, published,
           publication, publications, patent, patents, produced, project, projects,
           description, described, details, list, how many]
params:
  outcome:
    type: choice
    optional: true
    choices: [Paper, Patent]
    synonyms: {paper: Paper, papers: Paper, published: Paper, publication: Paper,
               publications: Paper, published research paper: Paper, patent: Patent,
               patents: Patent, research patent: Patent}
  project: {type: string, optional: true, label: project details}
  project_id: {type: int, optional: true, min: 1, label: project id}
owner: "@grants-analytics"
---*/
SELECT
    p.project_id,
    p.project_details,
    o.outcome_code,
    r.outcome_description,
    o.outcome_details
FROM Project_Outcomes AS o
JOIN Projects AS p ON p.project_id = o.project_id
JOIN Research_Outcomes AS r ON r.outcome_code = o.outcome_code
WHERE 1 = 1
{% if outcome %}AND o.outcome_code = :outcome
{% endif %}{% if project %}AND p.project_details = :project
{% endif %}{% if project_id %}AND p.project_id = :project_id
{% endif %}ORDER BY p.project_id, o.outcome_code
