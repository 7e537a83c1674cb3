/*---
title: Sections and images per document
description: >
  One row per document, including documents with no section: how many sections and how
  many images it has (images counted through its sections). Optionally one document type,
  or only documents whose section count or image count is within bounds (inclusive; at most
  0 gives the documents with none). Most sections first (default), most images first or by
  name.
examples:
  - how many sections does each document have
  - documents with the most images
  - which docs have no sections at all
  - documents missing pictures
  - section and image counts for the books
keywords: [sections, section count, images, pictures, image count, empty, content, contents,
           per document, document, documents, without, missing]
params:
  doc_type:
    type: choice
    optional: true
    label: document type
    choices: [Advertisement, Book, CV, Paper]
    synonyms: {advertisement: Advertisement, advertisements: Advertisement, ads: Advertisement,
               book: Book, books: Book, cv: CV, cvs: CV, resume: CV, paper: Paper,
               papers: Paper}
  min_sections: {type: int, optional: true, min: 0, label: at least (sections)}
  max_sections: {type: int, optional: true, min: 0, label: at most (sections)}
  min_images: {type: int, optional: true, min: 0, label: at least (images)}
  max_images: {type: int, optional: true, min: 0, label: at most (images)}
  sort:
    type: choice
    choices: [most_sections, most_images, name]
    default: most_sections
    synonyms: {most sections: most_sections, most images: most_images,
               most pictures: most_images, by name: name, alphabetical: name}
owner: "@records-team"
---*/
WITH per_doc AS (
    SELECT d.document_code, d.document_name, d.document_type_code,
           COUNT(DISTINCT s.section_id) AS sections,
           COUNT(si.image_id) AS images
    FROM Documents AS d
    LEFT JOIN Document_Sections AS s ON s.document_code = d.document_code
    LEFT JOIN Document_Sections_Images AS si ON si.section_id = s.section_id
    GROUP BY d.document_code, d.document_name, d.document_type_code
)
SELECT document_name, document_type_code AS document_type, sections, images
FROM per_doc
WHERE 1 = 1
{% if doc_type %}AND document_type_code = :doc_type
{% endif %}{% if min_sections is not none %}AND sections >= :min_sections
{% endif %}{% if max_sections is not none %}AND sections <= :max_sections
{% endif %}{% if min_images is not none %}AND images >= :min_images
{% endif %}{% if max_images is not none %}AND images <= :max_images
{% endif %}ORDER BY
{% if sort == 'most_images' %}images DESC, document_name
{% elif sort == 'name' %}document_name
{% else %}sections DESC, document_name
{% endif %}
