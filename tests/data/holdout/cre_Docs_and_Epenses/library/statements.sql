/*---
title: Statements and their accounts
description: >
  One row per statement: statement id, its details, the document it is filed as (name and
  date), and its accounts: how many, their total, average, smallest and largest amount.
  Optionally one statement (by details or id). Most accounts first.
examples:
  - list our statements
  - how many accounts does each statement have
  - total of the accounts on the Open Project statement
  - which statement has the most accounts
keywords: [statement, statements, statement details, accounts, account count, total, sum,
           average, per statement, each statement, filed, open project, private project]
params:
  statement: {type: string, optional: true, label: statement details}
  statement_id: {type: int, optional: true, min: 0, label: statement id}
owner: "@research-office-data"
---*/
SELECT s.Statement_ID AS statement_id, s.Statement_Details AS statement_details,
       d.Document_Name AS document_name, d.Document_Date AS document_date,
       COUNT(a.Account_ID) AS accounts,
       SUM(CAST(a.Account_Details AS DECIMAL(12, 3))) AS total_amount,
       ROUND(AVG(CAST(a.Account_Details AS DECIMAL(12, 3))), 3) AS average_amount,
       MIN(CAST(a.Account_Details AS DECIMAL(12, 3))) AS smallest_amount,
       MAX(CAST(a.Account_Details AS DECIMAL(12, 3))) AS largest_amount
FROM Statements AS s
LEFT JOIN Documents AS d ON d.Document_ID = s.Statement_ID
LEFT JOIN Accounts AS a ON a.Statement_ID = s.Statement_ID
WHERE 1 = 1
{% if statement %}AND s.Statement_Details = :statement
{% endif %}{% if statement_id is not none %}AND s.Statement_ID = :statement_id
{% endif %}GROUP BY s.Statement_ID, s.Statement_Details, d.Document_Name, d.Document_Date
ORDER BY accounts DESC, s.Statement_ID
