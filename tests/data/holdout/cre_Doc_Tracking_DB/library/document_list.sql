/*---
title: Documents on file
description: >
  One row per document: id, name, type code and type name, the date it was stored and that
  date's day number in the reference calendar, its description and other details. Optionally
  one document by name, one type, or stored within a range of years (inclusive). Oldest
  stored first (default), newest first, or by name.
examples:
  - list all documents with their type
  - when was the Leon CV stored
  - books stored after 2000
  - documents by storage date
keywords: [document, documents, doc, docs, file, files, document name, stored, date stored,
           storage date, day number, type, document id, records]
params:
  document: {type: string, optional: true, label: document name}
  doc_type:
    type: choice
    choices: [CV, BK, PR, RV]
    optional: true
    synonyms: {resume: CV, resumes: CV, curriculum vitae: CV, cvs: CV, book: BK, books: BK,
               paper: PR, papers: PR, review: RV, reviews: RV}
  stored_from_year: {type: int, optional: true, min: 1900, max: 2100, label: stored from year}
  stored_to_year: {type: int, optional: true, min: 1900, max: 2100, label: stored up to year}
  sort:
    type: choice
    choices: [oldest, newest, name]
    default: oldest
    synonyms: {earliest: oldest, first stored: oldest, latest: newest, most recent: newest,
               recent: newest, alphabetical: name, by name: name}
owner: "@records-data"
---*/
SELECT d.Document_ID AS document_id, d.Document_Name AS document_name,
       d.Document_Type_Code AS type_code, t.Document_Type_Name AS type_name,
       d.Date_Stored AS date_stored, c.Day_Number AS day_number,
       d.Document_Description AS description, d.Other_Details AS other_details
FROM All_Documents AS d
JOIN Ref_Document_Types AS t ON t.Document_Type_Code = d.Document_Type_Code
LEFT JOIN Ref_Calendar AS c ON c.Calendar_Date = d.Date_Stored
WHERE 1 = 1
{% if document %}AND d.Document_Name = :document
{% endif %}{% if doc_type %}AND d.Document_Type_Code = :doc_type
{% endif %}{% if stored_from_year is not none and stored_from_year is not false %}AND year(d.Date_Stored) >= :stored_from_year
{% endif %}{% if stored_to_year is not none and stored_to_year is not false %}AND year(d.Date_Stored) <= :stored_to_year
{% endif %}ORDER BY
{% if sort == 'newest' %}d.Date_Stored DESC, d.Document_ID
{% elif sort == 'name' %}d.Document_Name
{% else %}d.Date_Stored, d.Document_ID
{% endif %}
