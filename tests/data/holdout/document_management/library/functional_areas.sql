/*---
title: Documents per functional area
description: >
  One row per functional area (Signature, Acknowledgement, Keep blank): its parent area, the
  number of distinct documents tagged with it, their average and total access count and
  their names. Optionally one area. Most documents first.
examples:
  - how many documents are tagged with each functional area
  - average access count for the signature area
  - which docs belong to keep blank
keywords: [functional area, functional areas, area, areas, tag, tagged, business area,
           function, per area]
params:
  area:
    type: choice
    optional: true
    label: functional area
    choices: [Signature, Acknowledgement, Keep blank]
    synonyms: {signature: Signature, acknowledgement: Acknowledgement,
               acknowledgment: Acknowledgement, acknowledgements: Acknowledgement,
               keep blank: Keep blank, blank: Keep blank}
owner: "@records-team"
---*/
WITH tagged AS (
    SELECT DISTINCT document_code, functional_area_code FROM Document_Functional_Areas
)
SELECT f.functional_area_code AS area_code, f.functional_area_description AS area,
       p.functional_area_description AS parent_area,
       COUNT(d.document_code) AS documents,
       ROUND(AVG(d.access_count), 2) AS average_access, SUM(d.access_count) AS total_access,
       string_agg(d.document_name, ', ' ORDER BY d.document_name) AS document_names
FROM Functional_Areas AS f
LEFT JOIN Functional_Areas AS p ON p.functional_area_code = f.parent_functional_area_code
LEFT JOIN tagged AS t ON t.functional_area_code = f.functional_area_code
LEFT JOIN Documents AS d ON d.document_code = t.document_code
WHERE 1 = 1
{% if area %}AND f.functional_area_description = :area
{% endif %}GROUP BY f.functional_area_code, f.functional_area_description,
         p.functional_area_description
ORDER BY documents DESC, area
