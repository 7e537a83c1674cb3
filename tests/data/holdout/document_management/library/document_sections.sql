/*---
title: Sections of documents
description: >
  One row per document section, in reading order within each document: the document, the
  section's sequence number, code and title, and the images placed in it (count and names).
  Optionally the sections of one document or of one document type.
examples:
  - show me the sections of Learning Japanese
  - section titles and their images for every document
  - which sections are in the papers
  - outline of the CVs
keywords: [section, sections, section title, titles, heading, headings, chapter, parts,
           outline, sequence, layout]
params:
  document: {type: string, optional: true, label: document name}
  doc_type:
    type: choice
    optional: true
    label: document type
    choices: [Advertisement, Book, CV, Paper]
    synonyms: {advertisement: Advertisement, advertisements: Advertisement, ads: Advertisement,
               book: Book, books: Book, cv: CV, cvs: CV, resume: CV, paper: Paper,
               papers: Paper}
owner: "@records-team"
---*/
SELECT d.document_name, d.document_type_code AS document_type, s.section_sequence,
       s.section_code, s.section_title, COUNT(si.image_id) AS images,
       string_agg(i.image_name, ', ' ORDER BY i.image_name) AS image_names
FROM Document_Sections AS s
JOIN Documents AS d ON d.document_code = s.document_code
LEFT JOIN Document_Sections_Images AS si ON si.section_id = s.section_id
LEFT JOIN Images AS i ON i.image_id = si.image_id
WHERE 1 = 1
{% if document %}AND d.document_name = :document
{% endif %}{% if doc_type %}AND d.document_type_code = :doc_type
{% endif %}GROUP BY s.section_id, d.document_name, d.document_type_code, s.section_sequence,
         s.section_code, s.section_title
ORDER BY d.document_name, s.section_sequence
