/*---
title: Documents per project
description: >
  One row per project, including projects with no document: project id and details, how
  many documents it has, how many of them are expense documents, the number of document
  types, and its oldest and newest document date. Optionally only projects whose document
  count is within bounds (inclusive). Most documents first (default) or by project id.
examples:
  - how many documents does each project have
  - which project has the most documents
  - projects with at least 3 docs
  - list projects and their document counts
keywords: [project, projects, per project, each project, by project, documents, count,
           how many, number of documents, most documents, fewest, workload]
params:
  min_documents: {type: int, optional: true, min: 0, label: at least (documents)}
  max_documents: {type: int, optional: true, min: 0, label: at most (documents)}
  sort:
    type: choice
    choices: [most, fewest, id]
    default: most
    synonyms: {most documents: most, fewest documents: fewest, least: fewest, by id: id,
               project id: id}
owner: "@research-office-data"
---*/
SELECT p.Project_ID AS project_id, p.Project_Details AS project,
       COUNT(d.Document_ID) AS documents, COUNT(e.Document_ID) AS expense_documents,
       COUNT(DISTINCT d.Document_Type_Code) AS document_types,
       MIN(d.Document_Date) AS oldest_document, MAX(d.Document_Date) AS newest_document
FROM Projects AS p
LEFT JOIN Documents AS d ON d.Project_ID = p.Project_ID
LEFT JOIN Documents_with_Expenses AS e ON e.Document_ID = d.Document_ID
GROUP BY p.Project_ID, p.Project_Details
HAVING 1 = 1
{% if min_documents is not none %}AND COUNT(d.Document_ID) >= :min_documents
{% endif %}{% if max_documents is not none %}AND COUNT(d.Document_ID) <= :max_documents
{% endif %}ORDER BY
{% if sort == 'id' %}p.Project_ID
{% elif sort == 'fewest' %}documents, p.Project_ID
{% else %}documents DESC, p.Project_ID
{% endif %}
