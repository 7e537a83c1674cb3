/*---
title: Document directory
description: >
  One row per document in the document store: code, name, type, structure, functional areas
  and how many times it has been accessed. Optionally one document by name, documents of one
  type, one structure or one functional area, documents whose name contains some text, or
  whose access count is within bounds (inclusive). Sorted by name (default), most accessed
  first or least accessed first; optionally only the first n.
examples:
  - list every document with its access count
  - what type is the Learning English document
  - which doc gets opened the most
  - least viewed documents
  - all the papers we hold
  - documents with "Sails" in the title
  - documents in the signature area
keywords: [document, documents, doc, docs, file, files, name, title, type, structure,
           access count, accesses, accessed, views, viewed, opened, popular, read]
params:
  document: {type: string, optional: true, label: document name}
  search: {type: string, optional: true, values: none, label: name contains}
  doc_type:
    type: choice
    optional: true
    label: document type
    choices: [Advertisement, Book, CV, Paper]
    synonyms: {advertisement: Advertisement, advertisements: Advertisement, ad: Advertisement,
               ads: Advertisement, advert: Advertisement, book: Book, books: Book, cv: CV,
               cvs: CV, resume: CV, resumes: CV, paper: Paper, papers: Paper}
  structure:
    type: choice
    optional: true
    label: document structure
    choices: [Header, Main section, Bib, Image section, Author section]
    synonyms: {header: Header, main section: Main section, bib: Bib, bibliography: Bib,
               image section: Image section, author section: Author section}
  area:
    type: choice
    optional: true
    label: functional area
    choices: [Signature, Acknowledgement, Keep blank]
    synonyms: {signature: Signature, acknowledgement: Acknowledgement,
               acknowledgment: Acknowledgement, acknowledgements: Acknowledgement,
               keep blank: Keep blank, blank: Keep blank}
  min_access: {type: int, optional: true, min: 0, label: accessed at least (times)}
  max_access: {type: int, optional: true, min: 0, label: accessed at most (times)}
  sort:
    type: choice
    choices: [name, most_accessed, least_accessed]
    default: name
    synonyms: {alphabetical: name, alphabetically: name, by name: name,
               most accessed: most_accessed, most viewed: most_accessed,
               most popular: most_accessed, most opened: most_accessed,
               least accessed: least_accessed, least viewed: least_accessed,
               fewest accesses: least_accessed, least popular: least_accessed}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@records-team"
---*/
SELECT d.document_code, d.document_name, d.document_type_code AS document_type,
       s.document_structure_description AS structure, d.access_count,
       (SELECT string_agg(DISTINCT f.functional_area_description, ', ')
        FROM Document_Functional_Areas AS dfa
        JOIN Functional_Areas AS f ON f.functional_area_code = dfa.functional_area_code
        WHERE dfa.document_code = d.document_code) AS functional_areas
FROM Documents AS d
LEFT JOIN Document_Structures AS s ON s.document_structure_code = d.document_structure_code
WHERE 1 = 1
{% if document %}AND d.document_name = :document
{% endif %}{% if search %}AND contains(lower(d.document_name), lower(:search))
{% endif %}{% if doc_type %}AND d.document_type_code = :doc_type
{% endif %}{% if structure %}AND s.document_structure_description = :structure
{% endif %}{% if area %}AND d.document_code IN (
    SELECT dfa.document_code FROM Document_Functional_Areas AS dfa
    JOIN Functional_Areas AS f ON f.functional_area_code = dfa.functional_area_code
    WHERE f.functional_area_description = :area)
{% endif %}{% if min_access is not none %}AND d.access_count >= :min_access
{% endif %}{% if max_access is not none %}AND d.access_count <= :max_access
{% endif %}ORDER BY
{% if sort == 'most_accessed' %}d.access_count DESC, d.document_name
{% elif sort == 'least_accessed' %}d.access_count, d.document_name
{% else %}d.document_name
{% endif %}{% if n %}LIMIT :n
{% endif %}
