/*---
title: Document types
description: >
  One row per document type: code, description (Initial Application, Regular), how many
  documents of that type were filed and for how many grants.
examples:
  - what document types do we use
  - documents filed per type
  - what does the code REG stand for
keywords: [document type, document types, type, types, code, codes, description, described,
           kind, documents, per type, how many, application, regular, initial]
params: {}
owner: "@grants-analytics"
---*/
SELECT
    t.document_type_code,
    t.document_description,
    COUNT(d.document_id) AS documents,
    COUNT(DISTINCT d.grant_id) AS grants
FROM Document_Types AS t
LEFT JOIN Documents AS d ON d.document_type_code = t.document_type_code
GROUP BY t.document_type_code, t.document_description
ORDER BY t.document_type_code
