/*---
title: Documents per structure
description: >
  One row per document structure (Header, Main section, Bib, Image section, Author section),
  with its code, its parent structure, the number of documents that use it and their total
  and average access count. Structures no document uses are listed with 0. Most documents
  first (default), fewest documents first, or by description.
examples:
  - how are our documents structured
  - which structure is used the most
  - least used document structure
  - average views per structure
keywords: [structure, structures, document structure, layout, template, templates, format,
           parent structure, per structure, used, common]
params:
  sort:
    type: choice
    choices: [most_documents, fewest_documents, name]
    default: most_documents
    synonyms: {most documents: most_documents, most common: most_documents,
               most used: most_documents, fewest documents: fewest_documents,
               least common: fewest_documents, least used: fewest_documents,
               least popular: fewest_documents, by name: name, alphabetical: name}
owner: "@records-team"
---*/
SELECT s.document_structure_code AS structure_code,
       s.document_structure_description AS structure,
       p.document_structure_description AS parent_structure,
       COUNT(d.document_code) AS documents,
       SUM(d.access_count) AS total_access, ROUND(AVG(d.access_count), 2) AS average_access
FROM Document_Structures AS s
LEFT JOIN Document_Structures AS p ON p.document_structure_code = s.parent_document_structure_code
LEFT JOIN Documents AS d ON d.document_structure_code = s.document_structure_code
GROUP BY s.document_structure_code, s.document_structure_description,
         p.document_structure_description
ORDER BY
{% if sort == 'fewest_documents' %}documents, s.document_structure_code
{% elif sort == 'name' %}structure
{% else %}documents DESC, s.document_structure_code
{% endif %}
