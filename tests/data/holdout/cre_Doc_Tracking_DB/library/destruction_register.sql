/*---
title: Destruction register
description: >
  One row per document scheduled for destruction: document id, name and type, the employee
  who authorised the destruction (id and name), the employee who destroyed it (id and
  name), the planned and the actual destruction dates. Optionally one document by name, one
  authorising employee or one destroying employee (by name). By planned date (default) or
  actual date.
examples:
  - destruction register
  - who signed off on shredding the Summer book
  - documents Gussie authorised for destruction
  - planned vs actual destruction dates
keywords: [destruction, destroyed, destroy, shredded, shredding, disposal, dispose,
           authorised, authorized, authorisation, approval, approved, sign off, planned
           destruction date, actual destruction date, to be destroyed, register]
params:
  document: {type: string, optional: true, label: document name}
  authorised_by: {type: string, optional: true, label: authorised by (employee name)}
  destroyed_by: {type: string, optional: true, label: destroyed by (employee name)}
  sort:
    type: choice
    choices: [planned, actual]
    default: planned
    synonyms: {planned date: planned, scheduled: planned, actual date: actual,
               destroyed date: actual, when destroyed: actual}
owner: "@records-data"
---*/
SELECT x.Document_ID AS document_id, d.Document_Name AS document_name,
       d.Document_Type_Code AS type_code,
       x.Destruction_Authorised_by_Employee_ID AS authorised_by_id,
       a.Employee_Name AS authorised_by,
       x.Destroyed_by_Employee_ID AS destroyed_by_id, b.Employee_Name AS destroyed_by,
       x.Planned_Destruction_Date AS planned_destruction_date,
       x.Actual_Destruction_Date AS actual_destruction_date
FROM Documents_to_be_Destroyed AS x
JOIN All_Documents AS d ON d.Document_ID = x.Document_ID
LEFT JOIN Employees AS a ON a.Employee_ID = x.Destruction_Authorised_by_Employee_ID
LEFT JOIN Employees AS b ON b.Employee_ID = x.Destroyed_by_Employee_ID
WHERE 1 = 1
{% if document %}AND d.Document_Name = :document
{% endif %}{% if authorised_by %}AND a.Employee_Name = :authorised_by
{% endif %}{% if destroyed_by %}AND b.Employee_Name = :destroyed_by
{% endif %}ORDER BY
{% if sort == 'actual' %}x.Actual_Destruction_Date, x.Document_ID
{% else %}x.Planned_Destruction_Date, x.Document_ID
{% endif %}
