/*---
title: Project card
description: >
  Everything about one project on a single row: its id and details, its documents (count and
  names), the document types among them, how many are expense documents and under which
  budget codes, and its oldest and newest document date. Give a project name or id (no row
  without one).
examples:
  - tell me about the Human Resource project
  - project summary for project 35
  - overview of the Society Research project
keywords: [project, card, profile, summary, overview, about, details, one project,
           everything]
params:
  project: {type: string, optional: true, label: project}
  project_id: {type: int, optional: true, min: 0, label: project id}
owner: "@research-office-data"
---*/
SELECT p.Project_ID AS project_id, p.Project_Details AS project,
       COUNT(d.Document_ID) AS documents,
       string_agg(d.Document_Name, '; ' ORDER BY d.Document_ID) AS document_names,
       string_agg(DISTINCT d.Document_Type_Code, ', ') AS document_types,
       COUNT(e.Document_ID) AS expense_documents,
       string_agg(DISTINCT e.Budget_Type_Code, ', ') AS budget_codes,
       MIN(d.Document_Date) AS oldest_document, MAX(d.Document_Date) AS newest_document
FROM Projects AS p
LEFT JOIN Documents AS d ON d.Project_ID = p.Project_ID
LEFT JOIN Documents_with_Expenses AS e ON e.Document_ID = d.Document_ID
WHERE 1 = 1
{% if project %}AND p.Project_Details = :project
{% endif %}{% if project_id is not none %}AND p.Project_ID = :project_id
{% endif %}{% if not project and project_id is none %}AND FALSE
{% endif %}GROUP BY p.Project_ID, p.Project_Details
