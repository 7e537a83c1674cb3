/*---
title: Document types
description: >
  One row per document type in the reference table: type code (CV, BK, PR, RV), type name
  (CV, Book, Paper, Review), its description, how many documents of that type are on file
  and how many of them are scheduled for destruction. Optionally one type, by code or name.
examples:
  - what document types do we have
  - doc type codes and names
  - how many documents of each type
  - what's the code for reviews
keywords: [document type, document types, doc type, type code, type name, type description,
           codes, kinds of documents, categories, reference types]
params:
  doc_type:
    type: choice
    choices: [CV, BK, PR, RV]
    optional: true
    synonyms: {resume: CV, resumes: CV, curriculum vitae: CV, cvs: CV, book: BK, books: BK,
               paper: PR, papers: PR, review: RV, reviews: RV}
owner: "@records-data"
---*/
SELECT t.Document_Type_Code AS type_code, t.Document_Type_Name AS type_name,
       t.Document_Type_Description AS type_description,
       COUNT(d.Document_ID) AS documents,
       COUNT(x.Document_ID) AS scheduled_for_destruction
FROM Ref_Document_Types AS t
LEFT JOIN All_Documents AS d ON d.Document_Type_Code = t.Document_Type_Code
LEFT JOIN Documents_to_be_Destroyed AS x ON x.Document_ID = d.Document_ID
WHERE 1 = 1
{% if doc_type %}AND t.Document_Type_Code = :doc_type
{% endif %}GROUP BY t.Document_Type_Code, t.Document_Type_Name, t.Document_Type_Description
ORDER BY t.Document_Type_Code
