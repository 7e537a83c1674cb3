/*---
title: Enzymes per cellular location
description: >
  Per cellular location (Cytosol, Mitochondrion): how many enzymes, their names, how many
  medicine interactions those enzymes have and how many distinct medicines. Sorted by most
  enzymes.
examples:
  - how many enzymes per location
  - enzymes by cellular compartment
  - interactions in the cytosol vs the mitochondrion
keywords: [location, locations, compartment, cellular, cytosol, mitochondrion, per location,
           enzymes, count, how many, breakdown]
params: {}
owner: "@pharmacology-data"
---*/
SELECT e.Location AS location, COUNT(DISTINCT e.id) AS enzymes,
       string_agg(DISTINCT e.name, ', ') AS enzyme_names,
       COUNT(i.medicine_id) AS interactions, COUNT(DISTINCT i.medicine_id) AS medicines
FROM enzyme AS e
LEFT JOIN medicine_enzyme_interaction AS i ON i.enzyme_id = e.id
GROUP BY e.Location
ORDER BY enzymes DESC, location
