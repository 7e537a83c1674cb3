/*---
title: Document access summary
description: >
  One row of totals over the documents: how many there are, total accesses, average, median,
  lowest and highest access count. Optionally only the documents of one type or one
  structure.
examples:
  - overall access stats for our documents
  - mean number of accesses per document
  - total number of document views
  - median access count for books
keywords: [average, mean, median, total, overall, summary, stats, statistics, access count,
           accesses, views, all documents]
params:
  doc_type:
    type: choice
    optional: true
    label: document type
    choices: [Advertisement, Book, CV, Paper]
    synonyms: {advertisement: Advertisement, advertisements: Advertisement, ads: Advertisement,
               book: Book, books: Book, cv: CV, cvs: CV, resume: CV, paper: Paper,
               papers: Paper}
  structure:
    type: choice
    optional: true
    label: document structure
    choices: [Header, Main section, Bib, Image section, Author section]
    synonyms: {header: Header, main section: Main section, bib: Bib, bibliography: Bib,
               image section: Image section, author section: Author section}
owner: "@records-team"
---*/
SELECT COUNT(*) AS documents, SUM(d.access_count) AS total_access,
       ROUND(AVG(d.access_count), 2) AS average_access, MEDIAN(d.access_count) AS median_access,
       MIN(d.access_count) AS lowest_access, MAX(d.access_count) AS highest_access
FROM Documents AS d
LEFT JOIN Document_Structures AS s ON s.document_structure_code = d.document_structure_code
WHERE 1 = 1
{% if doc_type %}AND d.document_type_code = :doc_type
{% endif %}{% if structure %}AND s.document_structure_description = :structure
{% endif %}
