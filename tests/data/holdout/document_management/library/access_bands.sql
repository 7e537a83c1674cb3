/*---
title: Documents by access band
description: >
  Documents grouped into bands of access count (under 2,000; 2,000-4,999; 5,000-7,999;
  8,000 and over): how many fall in each band and which. Optionally one document type.
examples:
  - distribution of document access counts
  - how many docs are in each popularity bucket
  - access histogram for advertisements
keywords: [band, bands, bucket, buckets, distribution, histogram, spread, popularity,
           ranges, tiers]
params:
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
SELECT CASE WHEN access_count < 2000 THEN '1: under 2000'
            WHEN access_count < 5000 THEN '2: 2000-4999'
            WHEN access_count < 8000 THEN '3: 5000-7999'
            ELSE '4: 8000 and over' END AS access_band,
       COUNT(*) AS documents,
       string_agg(document_name, ', ' ORDER BY document_name) AS document_names
FROM Documents
WHERE 1 = 1
{% if doc_type %}AND document_type_code = :doc_type
{% endif %}GROUP BY access_band
ORDER BY access_band
