/*---
title: Expense documents
description: >
  One row per document that carries expenses: document id and name, its type, project, date,
  the budget code it is charged to with that code's description, and the expense details
  recorded. Optionally one budget code, one document type or one project. By document id.
examples:
  - which documents have expenses
  - expense documents charged to the government budget
  - self founded expenses with their document names
  - expense docs of the Internet of Things project
keywords: [expense, expenses, expensed, cost, costs, spending, charged, budget, budget code,
           claim, claims, reimbursement, funding, government, organisation, self founded]
params:
  budget_type:
    type: choice
    optional: true
    label: budget code
    choices: [GV, ORG, SF]
    synonyms: {government: GV, organisation: ORG, organization: ORG, self founded: SF,
               self funded: SF, self-funded: SF}
  document_type:
    type: choice
    optional: true
    label: document type
    choices: [BK, CV, PT, PP, FM]
    synonyms: {book: BK, books: BK, cv: CV, cvs: CV, resume: CV, presentation: PT,
               paper: PP, papers: PP, film: FM, films: FM}
  project: {type: string, optional: true, label: project}
owner: "@research-office-data"
---*/
SELECT d.Document_ID AS document_id, d.Document_Name AS document_name,
       d.Document_Type_Code AS type_code, p.Project_Details AS project,
       d.Document_Date AS document_date, e.Budget_Type_Code AS budget_code,
       b.Budget_Type_Description AS budget_description, e.Document_Details AS expense_details
FROM Documents_with_Expenses AS e
JOIN Documents AS d ON d.Document_ID = e.Document_ID
LEFT JOIN Ref_Budget_Codes AS b ON b.Budget_Type_Code = e.Budget_Type_Code
LEFT JOIN Projects AS p ON p.Project_ID = d.Project_ID
WHERE 1 = 1
{% if budget_type %}AND e.Budget_Type_Code = :budget_type
{% endif %}{% if document_type %}AND d.Document_Type_Code = :document_type
{% endif %}{% if project %}AND p.Project_Details = :project
{% endif %}ORDER BY d.Document_ID
