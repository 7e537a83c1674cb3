/*---
title: Documents per type
description: >
  One row per document type code (Advertisement, Book, CV, Paper): number of documents,
  total, average, lowest and highest access count. Optionally only types whose document
  count or total access count is within bounds (inclusive). Most documents first (default),
  most total accesses first or by type code.
examples:
  - how many documents of each type do we have
  - which document type is the most common
  - total views per doc type
  - types with at least 3 documents
  - document types with under 12000 accesses in total
keywords: [type, types, document type, type code, kind, category, categories, per type,
           by type, how many, count, total accesses, most common]
params:
  min_documents: {type: int, optional: true, min: 0, label: at least (documents)}
  max_documents: {type: int, optional: true, min: 0, label: at most (documents)}
  min_total_access: {type: int, optional: true, min: 0, label: total accesses at least}
  max_total_access: {type: int, optional: true, min: 0, label: total accesses at most}
  sort:
    type: choice
    choices: [most_documents, most_access, name]
    default: most_documents
    synonyms: {most documents: most_documents, most common: most_documents,
               most popular: most_documents, most accessed: most_access,
               most views: most_access, by name: name, alphabetical: name}
owner: "@records-team"
---*/
SELECT document_type_code AS document_type, COUNT(*) AS documents,
       SUM(access_count) AS total_access, ROUND(AVG(access_count), 2) AS average_access,
       MIN(access_count) AS lowest_access, MAX(access_count) AS highest_access
FROM Documents
GROUP BY document_type_code
HAVING 1 = 1
{% if min_documents is not none %}AND COUNT(*) >= :min_documents
{% endif %}{% if max_documents is not none %}AND COUNT(*) <= :max_documents
{% endif %}{% if min_total_access is not none %}AND SUM(access_count) >= :min_total_access
{% endif %}{% if max_total_access is not none %}AND SUM(access_count) <= :max_total_access
{% endif %}ORDER BY
{% if sort == 'most_access' %}total_access DESC, document_type
{% elif sort == 'name' %}document_type
{% else %}documents DESC, document_type
{% endif %}
