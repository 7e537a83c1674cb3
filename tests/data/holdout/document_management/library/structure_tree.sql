/*---
title: Structure hierarchy
description: >
  The hierarchy of document structures: each structure with its parent structure and the
  structures nested under it (a structure that is its own parent is a top-level one).
examples:
  - show the document structure hierarchy
  - which structures sit under the main section
  - parent and child structures
keywords: [hierarchy, tree, parent, child, children, nested, sub-structure, taxonomy]
owner: "@records-team"
---*/
SELECT s.document_structure_code AS structure_code, s.document_structure_description AS structure,
       p.document_structure_description AS parent_structure,
       (SELECT string_agg(c.document_structure_description, ', '
                          ORDER BY c.document_structure_description)
        FROM Document_Structures AS c
        WHERE c.parent_document_structure_code = s.document_structure_code
          AND c.document_structure_code <> s.document_structure_code) AS child_structures
FROM Document_Structures AS s
LEFT JOIN Document_Structures AS p ON p.document_structure_code = s.parent_document_structure_code
ORDER BY s.document_structure_code
