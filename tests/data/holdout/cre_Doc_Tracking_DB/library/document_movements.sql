/*---
title: Document location history
description: >
  One row per stay of a document in a location (a document can move, and come back): the
  document's id and name, the location code and name, and the dates it was in that location
  from and to. Optionally one document by name, or one location (by code or name).
  By document, then date in.
examples:
  - where has the Alan CV been kept
  - location history of documents
  - which documents have been in Nanjing
  - from and to dates per document location
keywords: [location, locations, where, kept, moved, movement, history, document location,
           date in location from, date in location to, from, to, start date, end date,
           stay, placed]
params:
  document: {type: string, optional: true, label: document name}
  location:
    type: choice
    choices: [b, c, e, n, x]
    optional: true
    synonyms: {brazil: b, canada: c, edinburgh: e, nanjing: n, xiamen: x}
owner: "@records-data"
---*/
SELECT d.Document_ID AS document_id, d.Document_Name AS document_name,
       dl.Location_Code AS location_code, l.Location_Name AS location_name,
       dl.Date_in_Location_From AS date_in_location_from,
       dl.Date_in_Locaton_To AS date_in_location_to
FROM Document_Locations AS dl
JOIN All_Documents AS d ON d.Document_ID = dl.Document_ID
JOIN Ref_Locations AS l ON l.Location_Code = dl.Location_Code
WHERE 1 = 1
{% if document %}AND d.Document_Name = :document
{% endif %}{% if location %}AND dl.Location_Code = :location
{% endif %}ORDER BY d.Document_ID, dl.Date_in_Location_From
