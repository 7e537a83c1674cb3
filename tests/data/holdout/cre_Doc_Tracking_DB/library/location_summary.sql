/*---
title: Locations and the documents they hold
description: >
  One row per location in the reference table: location code (b, c, e, n, x), name (Brazil,
  Canada, Edinburgh, Nanjing, Xiamen), description, how many documents have been kept there
  (distinct documents) and how many stays are recorded there (a document that came back
  counts once per stay). Optionally one location, or locations that held at least so many
  documents. Most documents first (default), fewest first, or by code.
examples:
  - documents per location
  - which location holds the most documents
  - list the locations and their codes
  - locations with at least 2 docs
keywords: [location, locations, location code, location name, location description, place,
           places, site, sites, country, city, documents per location, held, kept, stays]
params:
  location:
    type: choice
    choices: [b, c, e, n, x]
    optional: true
    synonyms: {brazil: b, canada: c, edinburgh: e, nanjing: n, xiamen: x}
  min_documents: {type: int, optional: true, min: 0, label: at least (documents)}
  sort:
    type: choice
    choices: [most, fewest, code]
    default: most
    synonyms: {most documents: most, largest: most, busiest: most, fewest documents: fewest,
               least: fewest, least documents: fewest, smallest: fewest, by code: code,
               alphabetical: code}
  n: {type: int, optional: true, min: 1, max: 1000, label: how many}
owner: "@records-data"
---*/
SELECT l.Location_Code AS location_code, l.Location_Name AS location_name,
       l.Location_Description AS location_description,
       COUNT(DISTINCT dl.Document_ID) AS documents,
       COUNT(dl.Document_ID) AS stays
FROM Ref_Locations AS l
LEFT JOIN Document_Locations AS dl ON dl.Location_Code = l.Location_Code
WHERE 1 = 1
{% if location %}AND l.Location_Code = :location
{% endif %}GROUP BY l.Location_Code, l.Location_Name, l.Location_Description
{% if min_documents is not none and min_documents is not false %}HAVING COUNT(DISTINCT dl.Document_ID) >= :min_documents
{% endif %}ORDER BY
{% if sort == 'fewest' %}documents, stays, l.Location_Code
{% elif sort == 'code' %}l.Location_Code
{% else %}documents DESC, stays DESC, l.Location_Code
{% endif %}{% if n %}LIMIT :n
{% endif %}
