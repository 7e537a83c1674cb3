/*---
title: Document card
description: >
  Everything about one document, by its id: name, type (code, name and description), project,
  date, description and other details, the budget code and expense details if it carries
  expenses, and, if it is filed as a statement, the statement's details and its number of
  accounts.
examples:
  - tell me about document 192
  - everything on doc 57
  - document card for id 300
keywords: [document, card, profile, summary, overview, about, details, everything,
           one document, document id, doc id]
params:
  document_id: {type: int, min: 0, label: document id}
owner: "@research-office-data"
---*/
SELECT d.Document_ID AS document_id, d.Document_Name AS document_name,
       d.Document_Type_Code AS type_code, t.Document_Type_Name AS type_name,
       t.Document_Type_Description AS type_description, p.Project_Details AS project,
       d.Document_Date AS document_date, d.Document_Description AS document_description,
       d.Other_Details AS other_details, e.Budget_Type_Code AS budget_code,
       e.Document_Details AS expense_details, s.Statement_Details AS statement_details,
       (SELECT COUNT(*) FROM Accounts AS a WHERE a.Statement_ID = d.Document_ID) AS accounts
FROM Documents AS d
LEFT JOIN Ref_Document_Types AS t ON t.Document_Type_Code = d.Document_Type_Code
LEFT JOIN Projects AS p ON p.Project_ID = d.Project_ID
LEFT JOIN Documents_with_Expenses AS e ON e.Document_ID = d.Document_ID
LEFT JOIN Statements AS s ON s.Statement_ID = d.Document_ID
WHERE d.Document_ID = :document_id
