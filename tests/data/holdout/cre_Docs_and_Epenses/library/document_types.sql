/*---
title: Document type reference list
description: >
  The reference list of document types: code, name and description (the grade we give the
  type, such as excellent or good). Optionally one code, one type name or one description.
examples:
  - what document types are there
  - what does the code PP stand for
  - which document types are rated excellent
  - describe the Film document type
keywords: [reference, lookup, code, codes, type code, type name, description, meaning,
           stand for, means, rated, rating, grade, excellent, good, fun, catalogue]
params:
  type_code: {type: string, optional: true, label: type code}
  type_name: {type: string, optional: true, label: type name}
  description: {type: string, optional: true, label: type description}
owner: "@research-office-data"
---*/
SELECT Document_Type_Code AS type_code, Document_Type_Name AS type_name,
       Document_Type_Description AS type_description
FROM Ref_Document_Types
WHERE 1 = 1
{% if type_code %}AND Document_Type_Code = :type_code
{% endif %}{% if type_name %}AND Document_Type_Name = :type_name
{% endif %}{% if description %}AND Document_Type_Description = :description
{% endif %}ORDER BY Document_Type_Code
