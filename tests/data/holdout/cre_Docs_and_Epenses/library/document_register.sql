/*---
title: Document register
description: >
  One row per document on file: document id, name, type (code and name), the project it
  belongs to (id and details), its date, and the budget code it is charged to when it is an
  expense document. Optionally one document name, one type, one project (by name or id), one
  budget code, or documents dated within a range of years (inclusive). By document id
  (default), name, oldest or newest first; optionally the first n.
examples:
  - list all our documents
  - which documents belong to the Graph Database project
  - all papers on file with their dates
  - documents dated before 1980
  - when was the Winona Book written
  - the 5 most recent documents
keywords: [document, documents, doc, docs, file, files, register, name, date, dated, type,
           project, book, paper, cv, film, presentation, recent, oldest, newest]
params:
  document: {type: string, optional: true, label: document name}
  document_type:
    type: choice
    optional: true
    label: document type
    choices: [BK, CV, PT, PP, FM]
    synonyms: {book: BK, books: BK, cv: CV, cvs: CV, resume: CV, resumes: CV,
               presentation: PT, presentations: PT, paper: PP, papers: PP, film: FM,
               films: FM, movie: FM}
  project: {type: string, optional: true, label: project}
  project_id: {type: int, optional: true, min: 0, label: project id}
  budget_type:
    type: choice
    optional: true
    label: budget code
    choices: [GV, ORG, SF]
    synonyms: {government: GV, organisation: ORG, organization: ORG, self founded: SF,
               self funded: SF, self-funded: SF}
  min_year: {type: int, optional: true, label: dated from (year)}
  max_year: {type: int, optional: true, label: dated up to (year)}
  sort:
    type: choice
    choices: [id, name, oldest, newest]
    default: id
    synonyms: {by id: id, by name: name, alphabetical: name, a-z: name, oldest first: oldest,
               earliest: oldest, newest first: newest, latest: newest, most recent: newest}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@research-office-data"
---*/
SELECT d.Document_ID AS document_id, d.Document_Name AS document_name,
       d.Document_Type_Code AS type_code, t.Document_Type_Name AS type_name,
       d.Project_ID AS project_id, p.Project_Details AS project,
       d.Document_Date AS document_date, e.Budget_Type_Code AS budget_code
FROM Documents AS d
LEFT JOIN Ref_Document_Types AS t ON t.Document_Type_Code = d.Document_Type_Code
LEFT JOIN Projects AS p ON p.Project_ID = d.Project_ID
LEFT JOIN Documents_with_Expenses AS e ON e.Document_ID = d.Document_ID
WHERE 1 = 1
{% if document %}AND d.Document_Name = :document
{% endif %}{% if document_type %}AND d.Document_Type_Code = :document_type
{% endif %}{% if project %}AND p.Project_Details = :project
{% endif %}{% if project_id is not none %}AND d.Project_ID = :project_id
{% endif %}{% if budget_type %}AND e.Budget_Type_Code = :budget_type
{% endif %}{% if min_year is not none %}AND year(d.Document_Date) >= :min_year
{% endif %}{% if max_year is not none %}AND year(d.Document_Date) <= :max_year
{% endif %}ORDER BY
{% if sort == 'name' %}d.Document_Name, d.Document_ID
{% elif sort == 'oldest' %}d.Document_Date, d.Document_ID
{% elif sort == 'newest' %}d.Document_Date DESC, d.Document_ID
{% else %}d.Document_ID
{% endif %}{% if n %}LIMIT :n
{% endif %}
