/*---
title: Documents per type
description: >
  One row per document type in the reference list, including types with no document on
  file: type code, name and description, how many documents there are of it, in how many
  projects, and the dates of its oldest and newest document. Optionally only types whose
  count is within bounds (inclusive; at most 0 gives the unused types). Most documents first
  (default) or by type code.
examples:
  - how many documents of each type do we have
  - which document type is most common
  - document types with no documents
  - doc count by type
keywords: [type, types, document type, kind, kinds, per type, each type, by type, count,
           how many, number of documents, most common, unused, breakdown]
params:
  min_documents: {type: int, optional: true, min: 0, label: at least (documents)}
  max_documents: {type: int, optional: true, min: 0, label: at most (documents)}
  sort:
    type: choice
    choices: [most, code]
    default: most
    synonyms: {most documents: most, most common: most, by code: code, alphabetical: code}
owner: "@research-office-data"
---*/
SELECT t.Document_Type_Code AS type_code, t.Document_Type_Name AS type_name,
       t.Document_Type_Description AS type_description, COUNT(d.Document_ID) AS documents,
       COUNT(DISTINCT d.Project_ID) AS projects, MIN(d.Document_Date) AS oldest_document,
       MAX(d.Document_Date) AS newest_document
FROM Ref_Document_Types AS t
LEFT JOIN Documents AS d ON d.Document_Type_Code = t.Document_Type_Code
GROUP BY t.Document_Type_Code, t.Document_Type_Name, t.Document_Type_Description
HAVING 1 = 1
{% if min_documents is not none %}AND COUNT(d.Document_ID) >= :min_documents
{% endif %}{% if max_documents is not none %}AND COUNT(d.Document_ID) <= :max_documents
{% endif %}ORDER BY
{% if sort == 'code' %}t.Document_Type_Code
{% else %}documents DESC, t.Document_Type_Code
{% endif %}
